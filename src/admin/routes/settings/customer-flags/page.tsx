import { defineRouteConfig } from "@medusajs/admin-sdk"
import { FlagMini } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { CreateFlagModal } from "../../../components/create-flag-modal"
import { EditFlagDrawer } from "../../../components/edit-flag-drawer"
import { FlagsTable } from "../../../components/flags-table"
import { CustomerFlag } from "../../../lib/types"

const CustomerFlagsPage = () => {
  const [createOpen, setCreateOpen] = useState(false)
  const [editing, setEditing] = useState<CustomerFlag | null>(null)

  return (
    <Container className="divide-y p-0" data-testid="customer-flags-page">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>Customer flags</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Markers such as VIP, staff or press, shown on the customer's page.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setCreateOpen(true)}
          data-testid="create-customer-flag-button"
        >
          Create
        </Button>
      </div>
      <FlagsTable onCreate={() => setCreateOpen(true)} onEdit={setEditing} />
      <CreateFlagModal open={createOpen} onOpenChange={setCreateOpen} />
      <EditFlagDrawer flag={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Customer flags",
  icon: FlagMini,
})

export default CustomerFlagsPage

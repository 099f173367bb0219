import { defineRouteConfig } from "@medusajs/admin-sdk"
import { FlagMini } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
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

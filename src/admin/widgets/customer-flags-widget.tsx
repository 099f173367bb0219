import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Plus } from "@medusajs/icons"
import { Container, Heading, IconButton, Skeleton, Text, Tooltip } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { AddCustomerFlagDrawer } from "../components/add-customer-flag-drawer"
import { CustomerFlagDetailsDrawer } from "../components/customer-flag-details-drawer"
import { FlagIcon } from "../components/flag-icon"
import { PopupFlagsPrompt } from "../components/popup-flags-prompt"
import { useCustomerFlagAssignments } from "../hooks/customer-flag-assignments"
import { CustomerFlagAssignment } from "../lib/types"

const CustomerFlagsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { flag_assignments, isPending, isError, error } = useCustomerFlagAssignments(customer.id)
  const [adding, setAdding] = useState(false)
  const [viewing, setViewing] = useState<CustomerFlagAssignment | null>(null)
  const [popupOpen, setPopupOpen] = useState(false)

  const assignments = (flag_assignments ?? []).filter((assignment) => assignment.flag)
  // "overview" flags belong to customer lists; here they get a quieter line.
  const shown = assignments.filter((assignment) => assignment.flag!.display !== "overview")
  const listOnly = assignments.filter((assignment) => assignment.flag!.display === "overview")
  const popups = assignments.filter((assignment) => assignment.flag!.display === "popup")

  // Pop up once per visit to the page, with what the customer had on arrival.
  const poppedUpFor = useRef<string | null>(null)
  useEffect(() => {
    if (!flag_assignments || poppedUpFor.current === customer.id) {
      return
    }
    poppedUpFor.current = customer.id
    if (popups.length) {
      setPopupOpen(true)
    }
  }, [flag_assignments, customer.id, popups.length])

  return (
    <Container className="divide-y p-0" data-testid="customer-flags-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Flags</Heading>
        <Tooltip content="Add flag">
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Add flag"
            onClick={() => setAdding(true)}
            data-testid="add-customer-flag-button"
          >
            <Plus />
          </IconButton>
        </Tooltip>
      </div>

      <div className="flex flex-col gap-y-3 px-6 py-4">
        {isPending ? (
          <div className="flex items-center gap-x-2">
            <Skeleton className="h-7 w-16 rounded-full" />
            <Skeleton className="h-7 w-16 rounded-full" />
          </div>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            The customer's flags could not be loaded: {error?.message}
          </Text>
        ) : !assignments.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            This customer has no flags.
          </Text>
        ) : (
          <>
            {shown.length > 0 && (
              <div className="flex flex-wrap items-center gap-2">
                {shown.map((assignment) => (
                  <Tooltip key={assignment.id} content={assignment.flag!.name}>
                    <button
                      type="button"
                      onClick={() => setViewing(assignment)}
                      className="focus-visible:shadow-borders-focus rounded-full outline-none transition-opacity hover:opacity-80"
                      aria-label={`${assignment.flag!.name} flag details`}
                      data-testid="customer-flag-icon"
                      data-flag-name={assignment.flag!.name}
                    >
                      <FlagIcon flag={assignment.flag!} />
                    </button>
                  </Tooltip>
                ))}
              </div>
            )}
            {listOnly.length > 0 && (
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                  Shown in customer lists only:
                </Text>
                {listOnly.map((assignment) => (
                  <button
                    key={assignment.id}
                    type="button"
                    onClick={() => setViewing(assignment)}
                    className="txt-compact-xsmall-plus text-ui-fg-subtle hover:text-ui-fg-base focus-visible:shadow-borders-focus rounded-sm outline-none"
                    data-testid="customer-flag-overview-item"
                    data-flag-name={assignment.flag!.name}
                  >
                    {assignment.flag!.name}
                  </button>
                ))}
              </div>
            )}
          </>
        )}
      </div>

      <AddCustomerFlagDrawer
        customerId={customer.id}
        assignedFlagIds={assignments.map((assignment) => assignment.flag_id)}
        open={adding}
        onOpenChange={setAdding}
      />
      <CustomerFlagDetailsDrawer assignment={viewing} onClose={() => setViewing(null)} />
      <PopupFlagsPrompt assignments={popups} open={popupOpen} onClose={() => setPopupOpen(false)} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.before",
  id: "customer-loyalty:customer-flags",
})

export default CustomerFlagsWidget

import { Button, Drawer, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCustomerLoyalty } from "../hooks/customer-loyalty"
import { customerName, formatPoints } from "../lib/loyalty-format"
import { LoyaltyCustomer } from "../lib/types"
import { adjustmentVerb } from "../lib/points-input"
import { AdjustPointsForm } from "./adjust-points-form"
import { CustomerSearchSelect } from "./customer-search-select"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"
import { FormField } from "./form-field"

const FORM_ID = "loyalty-add-points-form"

type AddPointsDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Picked already, e.g. from a report row's actions. */
  customer?: LoyaltyCustomer | null
}

/** "Add points" from the report: find the customer, then add or deduct points. */
export const AddPointsDrawer = ({ open, onOpenChange, customer }: AddPointsDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content data-testid="loyalty-add-points-drawer">
      <DrawerHeader
        title="Add or deduct points"
        description={`Add points to a customer's balance, or deduct them with a "-" in front.`}
      />
      {open && (
        <AddPointsBody
          key={customer?.id ?? "new"}
          initialCustomer={customer ?? null}
          onDone={() => onOpenChange(false)}
        />
      )}
    </Drawer.Content>
  </Drawer>
)

/** What the picked customer has now, so staff know how much they can take. */
const CurrentBalance = ({ customerId }: { customerId: string }) => {
  const { loyalty_account: account, isPending } = useCustomerLoyalty(customerId)
  if (isPending) {
    return null
  }
  return (
    <Text size="small" className="text-ui-fg-subtle" data-testid="loyalty-add-points-balance">
      {!account
        ? "Not a member yet: adding points makes them one."
        : account.status === "closed"
          ? `Membership ${account.member_number} is closed.`
          : `Member ${account.member_number}: ${formatPoints(account.balance.available)} points available, ${formatPoints(account.balance.pending)} pending.`}
    </Text>
  )
}

const AddPointsBody = ({
  initialCustomer,
  onDone,
}: {
  initialCustomer: LoyaltyCustomer | null
  onDone: () => void
}) => {
  const [customer, setCustomer] = useState(initialCustomer)
  const [isPending, setIsPending] = useState(false)
  const [value, setValue] = useState<number | null>(null)

  return (
    <>
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto py-6">
        <FormField label="Customer">
          {initialCustomer ? (
            <div className="shadow-borders-base flex flex-col rounded-lg px-3 py-2">
              <Text size="small" leading="compact" weight="plus">
                {customerName(initialCustomer)}
              </Text>
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                {initialCustomer.email}
              </Text>
            </div>
          ) : (
            <CustomerSearchSelect value={customer} onChange={setCustomer} autoFocus />
          )}
          {customer && <CurrentBalance customerId={customer.id} />}
        </FormField>
        <AdjustPointsForm
          id={FORM_ID}
          customerId={customer?.id ?? null}
          onAdjusted={onDone}
          onPendingChange={setIsPending}
          onValueChange={setValue}
        />
      </Drawer.Body>
      <DrawerFooter>
        <Button
          size="small"
          type="submit"
          form={FORM_ID}
          disabled={!customer}
          isLoading={isPending}
          data-testid="loyalty-adjust-submit"
          data-verb={adjustmentVerb(value) === "Deduct points" ? "deduct" : "add"}
        >
          {adjustmentVerb(value)}
        </Button>
      </DrawerFooter>
    </>
  )
}

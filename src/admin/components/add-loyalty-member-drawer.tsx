import { Button, Drawer, Hint, toast } from "@medusajs/ui"
import { useState } from "react"
import { useAddLoyaltyMember } from "../hooks/customer-loyalty"
import { customerName } from "../lib/loyalty-format"
import { LoyaltyAccount, LoyaltyCustomer } from "../lib/types"
import { CustomerSearchSelect } from "./customer-search-select"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"
import { toastError } from "../lib/toast-outcome"

type AddLoyaltyMemberDrawerProps = {
  account: LoyaltyAccount
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const AddLoyaltyMemberDrawer = ({
  account,
  open,
  onOpenChange,
}: AddLoyaltyMemberDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content data-testid="loyalty-add-member-drawer">
      <DrawerHeader
        title="Add household member"
        description={
          <>
            The customer's card joins membership {account.member_number}: what they earn from now on
            goes to this balance.
          </>
        }
      />
      {open && <AddMemberForm account={account} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)

const AddMemberForm = ({ account, onDone }: { account: LoyaltyAccount; onDone: () => void }) => {
  const [selected, setSelected] = useState<LoyaltyCustomer | null>(null)
  const [conflict, setConflict] = useState<string | null>(null)
  const { mutate, isPending } = useAddLoyaltyMember(account.id)

  const members = Object.fromEntries(
    account.members.map((member) => [member.customer_id, "Already a member"])
  )

  const handleAdd = () => {
    if (!selected) {
      return
    }
    mutate(selected.id, {
      onSuccess: () => {
        toast.success(`${customerName(selected)} was added to the household`)
        onDone()
      },
      onError: (error) => {
        // 409: e.g. the customer belongs to another membership already.
        setConflict(error.message)
        toastError(error)
      },
    })
  }

  return (
    <>
      <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto py-6">
        <CustomerSearchSelect
          value={selected}
          onChange={(customer) => {
            setSelected(customer)
            setConflict(null)
          }}
          unavailable={members}
          autoFocus
          testId="loyalty-member-search"
        />
        {conflict && (
          <Hint variant="error" data-testid="loyalty-add-member-error">
            {conflict}
          </Hint>
        )}
      </Drawer.Body>
      <DrawerFooter>
        <Button
          size="small"
          onClick={handleAdd}
          disabled={!selected}
          isLoading={isPending}
          data-testid="loyalty-add-member-submit"
        >
          Add member
        </Button>
      </DrawerFooter>
    </>
  )
}

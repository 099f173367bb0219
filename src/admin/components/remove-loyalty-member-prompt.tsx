import { Button, Prompt, toast } from "@medusajs/ui"
import { useRemoveLoyaltyMember } from "../hooks/customer-loyalty"
import { customerName, formatPoints } from "../lib/loyalty-format"
import { LoyaltyAccount } from "../lib/types"
import { toastError } from "../lib/toast-outcome"

type Member = LoyaltyAccount["members"][number]

type RemoveLoyaltyMemberPromptProps = {
  account: LoyaltyAccount
  /** The member to remove; the prompt is open while one is set. */
  member: Member | null
  onClose: () => void
}

/** Confirms taking a member out of a household, saying what happens to the points. */
export const RemoveLoyaltyMemberPrompt = ({
  account,
  member,
  onClose,
}: RemoveLoyaltyMemberPromptProps) => {
  const { mutate, isPending } = useRemoveLoyaltyMember(account.id)
  const name = customerName(member?.customer)

  const handleRemove = () => {
    if (!member) {
      return
    }
    mutate(member.customer_id, {
      onSuccess: ({ new_loyalty_account }) => {
        toast.success(`${name} left the household`, {
          description: `Their new membership is ${new_loyalty_account.member_number}.`,
        })
        onClose()
      },
      onError: (error) => {
        toastError(error)
        onClose()
      },
    })
  }

  return (
    <Prompt open={!!member} onOpenChange={(open) => !open && onClose()}>
      <Prompt.Content data-testid="loyalty-remove-member-prompt">
        <Prompt.Header>
          <Prompt.Title>Remove {name} from the household?</Prompt.Title>
          <Prompt.Description>
            The {formatPoints(account.balance.available)} available and{" "}
            {formatPoints(account.balance.pending)} pending points stay with membership{" "}
            {account.member_number}. {name} gets a new membership with no points and earns into it
            from now on. Both histories record the change.
          </Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>Cancel</Prompt.Cancel>
          <Button
            size="small"
            variant="danger"
            onClick={handleRemove}
            isLoading={isPending}
            data-testid="loyalty-remove-member-confirm"
          >
            Remove member
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

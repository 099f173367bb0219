import { Button, Hint, Label, Prompt, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useCloseLoyaltyAccount } from "../hooks/customer-loyalty"
import { formatPoints } from "../lib/loyalty-format"
import { LoyaltyAccount } from "../lib/types"

const FORM_ID = "close-loyalty-membership-form"

type CloseMembershipPromptProps = {
  account: LoyaltyAccount
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Asks for a reason and a confirmation before the membership is closed. */
export const CloseMembershipPrompt = ({
  account,
  open,
  onOpenChange,
}: CloseMembershipPromptProps) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useCloseLoyaltyAccount(account.id)

  const handleOpenChange = (next: boolean) => {
    if (!next) {
      setReason("")
      setError(null)
    }
    onOpenChange(next)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) {
      setError("Give a reason; it is kept with the membership's history.")
      return
    }
    mutate(reason.trim(), {
      onSuccess: () => {
        toast.success(`Membership ${account.member_number} was closed`, {
          description: "Its history stays in the points report.",
        })
        handleOpenChange(false)
      },
      onError: (err) => setError(err.message),
    })
  }

  const { available, pending } = account.balance

  return (
    <Prompt open={open} onOpenChange={handleOpenChange}>
      <Prompt.Content data-testid="loyalty-close-prompt">
        <Prompt.Header>
          <Prompt.Title>Close membership {account.member_number}?</Prompt.Title>
          <Prompt.Description>
            {available || pending
              ? `The ${formatPoints(available)} available and ${formatPoints(pending)} pending points are zeroed, and the tier and its benefits end.`
              : "The tier and its benefits end."}{" "}
            The history is kept. This cannot be undone.
          </Prompt.Description>
        </Prompt.Header>
        <form id={FORM_ID} onSubmit={handleSubmit} className="flex flex-col gap-y-2 px-6 pt-4">
          <Label size="small" weight="plus" htmlFor={`${FORM_ID}-reason`}>
            Reason
          </Label>
          <Textarea
            id={`${FORM_ID}-reason`}
            data-testid="loyalty-close-reason"
            rows={3}
            maxLength={500}
            placeholder="The customer asked to leave the program"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value)
              setError(null)
            }}
            aria-invalid={!!error}
            autoFocus
          />
          {error && <Hint variant="error">{error}</Hint>}
        </form>
        <Prompt.Footer>
          <Prompt.Cancel>Cancel</Prompt.Cancel>
          <Button
            size="small"
            variant="danger"
            type="submit"
            form={FORM_ID}
            isLoading={isPending}
            data-testid="loyalty-close-confirm"
          >
            Close membership
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

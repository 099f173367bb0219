import { Button, Drawer, Hint, Input, Label, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useSetLoyaltyIdentifier } from "../hooks/customer-loyalty"
import { LoyaltyAccount } from "../lib/types"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"

const FORM_ID = "loyalty-identifier-form"
/** The server's rule (src/api/admin/loyalty/validators.ts), checked here first to say it in words. */
const IDENTIFIER = /^[A-Za-z0-9._:/#+-]+$/
const MAX_LENGTH = 64

/** What is wrong with a typed identifier, or null when the server may have it. */
export const identifierProblem = (value: string): string | null => {
  const trimmed = value.trim()
  if (!trimmed) return null
  if (trimmed.length > MAX_LENGTH) return `At most ${MAX_LENGTH} characters.`
  if (!IDENTIFIER.test(trimmed)) {
    return "Use letters A-Z, digits and . _ : / # + - only (no spaces)."
  }
  return null
}

type MemberIdentifierDrawerProps = {
  account: LoyaltyAccount
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Sets, changes or clears the membership's card number or barcode. */
export const MemberIdentifierDrawer = ({
  account,
  open,
  onOpenChange,
}: MemberIdentifierDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content data-testid="loyalty-identifier-drawer">
      <DrawerHeader
        title="Member identifier"
        description="A card number or barcode of your own for this membership. Staff can find the member by it in the points report and the memberships search."
      />
      {open && <IdentifierForm account={account} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)

const IdentifierForm = ({ account, onDone }: { account: LoyaltyAccount; onDone: () => void }) => {
  const [value, setValue] = useState(account.identifier ?? "")
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useSetLoyaltyIdentifier(account.id)

  const save = (identifier: string | null) =>
    mutate(identifier, {
      onSuccess: () => {
        toast.success(identifier ? `Identifier ${identifier} saved` : "Identifier removed")
        onDone()
      },
      // 409: another membership has it.
      onError: (err) => setError(err.message),
    })

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const problem = identifierProblem(value)
    if (problem) {
      setError(problem)
      return
    }
    save(value.trim() || null)
  }

  return (
    <>
      <Drawer.Body className="flex flex-1 flex-col gap-y-2 overflow-y-auto py-6">
        <form id={FORM_ID} onSubmit={handleSubmit} className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor={`${FORM_ID}-input`}>
            Card number or barcode
          </Label>
          <Input
            id={`${FORM_ID}-input`}
            data-testid="loyalty-identifier-input"
            placeholder="e.g. CARD-000123"
            value={value}
            maxLength={MAX_LENGTH + 20}
            onChange={(event) => {
              setValue(event.target.value)
              setError(null)
            }}
            aria-invalid={!!error}
            autoFocus
          />
          {error ? (
            <Hint variant="error" data-testid="loyalty-identifier-error">
              {error}
            </Hint>
          ) : (
            <Hint>Unique among memberships; leave empty to remove it.</Hint>
          )}
        </form>
      </Drawer.Body>
      <DrawerFooter>
        <Button
          size="small"
          type="submit"
          form={FORM_ID}
          isLoading={isPending}
          data-testid="loyalty-identifier-save"
        >
          Save
        </Button>
      </DrawerFooter>
    </>
  )
}

import { PencilSquare } from "@medusajs/icons"
import { Button, Copy, Text } from "@medusajs/ui"
import { useState } from "react"
import { LoyaltyAccount } from "../lib/types"
import { MemberIdentifierDrawer } from "./member-identifier-drawer"

/** The merchant's card number or barcode for the membership, with its edit action. */
export const LoyaltyIdentifier = ({ account }: { account: LoyaltyAccount }) => {
  const [editing, setEditing] = useState(false)
  const canEdit = account.status === "active"

  return (
    <div
      className="flex items-center justify-between gap-x-4 px-6 py-3"
      data-testid="loyalty-identifier"
    >
      <div className="flex min-w-0 flex-col gap-y-1">
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          Member identifier
        </Text>
        {account.identifier ? (
          <div className="flex items-center gap-x-1">
            <span
              className="txt-compact-small-plus text-ui-fg-base truncate font-mono"
              data-testid="loyalty-identifier-value"
            >
              {account.identifier}
            </span>
            <Copy content={account.identifier} className="text-ui-fg-muted" />
          </div>
        ) : (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            None: add a card number or barcode to find the member by it.
          </Text>
        )}
      </div>
      {canEdit && (
        <Button
          size="small"
          variant="secondary"
          onClick={() => setEditing(true)}
          data-testid="loyalty-identifier-edit"
        >
          <PencilSquare />
          {account.identifier ? "Edit" : "Add"}
        </Button>
      )}
      {canEdit && (
        <MemberIdentifierDrawer account={account} open={editing} onOpenChange={setEditing} />
      )}
    </div>
  )
}

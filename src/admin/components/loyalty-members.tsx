import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { customerName } from "../lib/loyalty-format"
import { formatDate } from "../lib/flag-format"
import { LoyaltyAccount } from "../lib/types"
import { AddLoyaltyMemberDrawer } from "./add-loyalty-member-drawer"
import { RemoveLoyaltyMemberPrompt } from "./remove-loyalty-member-prompt"

type LoyaltyMembersProps = {
  account: LoyaltyAccount
  /** The customer whose page this is: named "this customer", not linked. */
  customerId: string
}

/** The customer cards that pool their points in this membership (a household). */
export const LoyaltyMembers = ({ account, customerId }: LoyaltyMembersProps) => {
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<LoyaltyAccount["members"][number] | null>(null)
  const canAdd = account.status === "active"
  // The last member cannot leave: the membership would keep points no one
  // can use. Closing it is the way to end it.
  const canRemove = canAdd && account.members.length > 1

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="loyalty-members">
      <div className="flex items-center justify-between">
        <div className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            Household members
          </Text>
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            Everyone here earns into and uses the same balance.
          </Text>
        </div>
        {canAdd && (
          <Button
            size="small"
            variant="secondary"
            onClick={() => setAdding(true)}
            data-testid="loyalty-add-member-button"
          >
            <Plus />
            Add member
          </Button>
        )}
      </div>
      <ul className="flex flex-col divide-y rounded-lg border">
        {account.members.map((member) => {
          const isSelf = member.customer_id === customerId
          const name = customerName(member.customer)
          return (
            <li
              key={member.customer_id}
              className="flex items-center justify-between gap-x-4 px-3 py-2"
              data-testid="loyalty-member"
              data-customer-id={member.customer_id}
            >
              <div className="flex min-w-0 flex-col">
                {isSelf ? (
                  <Text size="small" leading="compact" weight="plus" className="truncate">
                    {name} <span className="text-ui-fg-muted font-normal">(this customer)</span>
                  </Text>
                ) : (
                  <Link
                    to={`/customers/${member.customer_id}`}
                    className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
                  >
                    {name}
                  </Link>
                )}
                {member.customer?.email && member.customer.email !== name && (
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                    {member.customer.email}
                  </Text>
                )}
              </div>
              <div className="flex shrink-0 items-center gap-x-2">
                <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                  Joined {formatDate(member.joined_at)}
                </Text>
                {canRemove && (
                  <Tooltip content="Remove from household">
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={`Remove ${name} from the household`}
                      onClick={() => setRemoving(member)}
                      data-testid="loyalty-remove-member"
                    >
                      <Trash />
                    </IconButton>
                  </Tooltip>
                )}
              </div>
            </li>
          )
        })}
      </ul>
      {canRemove && (
        <RemoveLoyaltyMemberPrompt
          account={account}
          member={removing}
          onClose={() => setRemoving(null)}
        />
      )}
      {canAdd && (
        <AddLoyaltyMemberDrawer account={account} open={adding} onOpenChange={setAdding} />
      )}
    </div>
  )
}

import { StatusBadge, Text } from "@medusajs/ui"
import { useCustomerRedemptions } from "../hooks/customer-benefits"
import { formatDate } from "../lib/flag-format"
import { formatMoney } from "../lib/loyalty-format"
import { CustomerRedemption } from "../lib/types"
import { CopyableCode } from "./copyable-code"

/** How many of the latest redemptions the card shows. */
const SHOWN = 5

const STATUS: Record<
  CustomerRedemption["status"],
  { label: string; color: "green" | "grey" | "orange" }
> = {
  available: { label: "Available", color: "green" },
  used: { label: "Used", color: "grey" },
  expired: { label: "Expired", color: "orange" },
}

/**
 * The rewards the customer redeemed last, newest first, with their codes to
 * read out or copy and whether each can still be spent: a code made at the
 * desk is still here after a reload, as it is on the shopper's own page.
 */
export const CustomerRedemptionList = ({ customerId }: { customerId: string }) => {
  const { redemptions, count } = useCustomerRedemptions(customerId, { limit: SHOWN })
  if (!redemptions?.length) {
    return null
  }
  return (
    <div className="flex flex-col gap-y-2" data-testid="customer-redeemed">
      <Text size="small" leading="compact" weight="plus">
        {count! > SHOWN ? `Redeemed (latest ${SHOWN} of ${count})` : "Redeemed"}
      </Text>
      {redemptions.map((redemption) => (
        <div
          key={redemption.id}
          className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md px-3 py-2"
          data-testid="customer-redemption"
          data-status={redemption.status}
        >
          <div className="flex min-w-0 flex-col">
            <Text size="small" leading="compact">
              {redemption.reward.name}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {[
                formatDate(redemption.created_at),
                redemption.balance !== null
                  ? `${formatMoney(redemption.balance, redemption.currency_code)} left`
                  : formatMoney(redemption.amount, redemption.currency_code),
              ].join(" · ")}
            </Text>
          </div>
          <div className="flex shrink-0 items-center gap-x-2">
            {redemption.code && (
              <CopyableCode
                code={redemption.code}
                className="txt-compact-small-plus"
                data-testid="customer-redeemed-code"
              />
            )}
            <StatusBadge color={STATUS[redemption.status].color}>
              {STATUS[redemption.status].label}
            </StatusBadge>
          </div>
        </div>
      ))}
    </div>
  )
}

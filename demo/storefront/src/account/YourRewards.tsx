import type {
  StoreLoyaltyRedemptionListItem,
  StoreLoyaltyRedemptionsResponse,
} from "medusa-plugin-customer-loyalty/client"
import { formatDate, formatMoney } from "../lib/format"

const STATUS_LABEL: Record<StoreLoyaltyRedemptionListItem["status"], string> = {
  available: "Ready to use",
  used: "Used",
  expired: "Expired",
}

const WHERE_TO_USE: Record<StoreLoyaltyRedemptionListItem["reward"]["kind"], string> = {
  promotion_code: "Discount code for your cart",
  gift_card: "Gift card: enter it in your cart",
  store_credit: "Store credit: use it in your cart",
}

/** What is left: a gift card's own balance; store credit is one account for all credits. */
function balanceText(redemption: StoreLoyaltyRedemptionListItem) {
  if (redemption.balance === null) return null
  const left = formatMoney(redemption.balance, redemption.currency_code)
  return redemption.reward.kind === "gift_card"
    ? `${left} left of ${formatMoney(redemption.amount, redemption.currency_code)}`
    : `${left} store credit left`
}

/** The rewards the shopper has redeemed, newest first, with their codes: nothing is lost on a reload. */
export function YourRewards({ page }: { page: StoreLoyaltyRedemptionsResponse }) {
  if (!page.redemptions.length) {
    return <p className="muted">Rewards you redeem are kept here with their codes.</p>
  }
  return (
    <>
      <ul className="my-rewards" data-testid="my-rewards">
        {page.redemptions.map((redemption) => {
          const balance = balanceText(redemption)
          return (
            <li
              key={redemption.id}
              className={`my-reward my-reward--${redemption.status}`}
              data-testid="my-reward"
              data-status={redemption.status}
              data-code={redemption.code ?? ""}
            >
              <div>
                <p className="my-reward__name">{redemption.reward.name}</p>
                {redemption.code && (
                  <p className="my-reward__code" data-testid="my-reward-code">
                    {redemption.code}
                  </p>
                )}
                {balance && (
                  <p data-testid="my-reward-balance" data-value={redemption.balance ?? undefined}>
                    {balance}
                  </p>
                )}
                <p className="my-reward__meta">
                  {WHERE_TO_USE[redemption.reward.kind]} · redeemed{" "}
                  {formatDate(redemption.created_at)}
                </p>
              </div>
              <span className={`my-reward__status my-reward__status--${redemption.status}`}>
                {STATUS_LABEL[redemption.status]}
              </span>
            </li>
          )
        })}
      </ul>
      {page.count > page.redemptions.length && (
        <p className="muted">
          The newest {page.redemptions.length} of {page.count} rewards.
        </p>
      )}
    </>
  )
}

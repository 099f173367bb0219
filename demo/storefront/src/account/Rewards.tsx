import type {
  StoreLoyaltyRedemption,
  StoreLoyaltyReward,
} from "medusa-plugin-customer-loyalty/client"
import { useState } from "react"
import { Notice } from "../components/Notice"
import { formatMoney, formatPoints, pointsLabel } from "../lib/format"
import { errorMessage, loyalty } from "../lib/medusa"

/** Where each kind of reward is spent: codes and gift cards have fields of their own in the cart. */
const HOW_TO_USE: Record<StoreLoyaltyRedemption["kind"], string> = {
  promotion_code: "Enter it as a discount code in your cart.",
  gift_card: "Enter it under Gift card in your cart; what an order does not use stays on the card.",
  store_credit: "It is in your store credit: use it in your cart.",
}

type Props = {
  rewards: StoreLoyaltyReward[]
  available: number
  /** Called after a redemption, to reload the balance and history. */
  onRedeemed: () => Promise<void>
}

/**
 * Rewards to spend points on. Redeeming asks first (the points cannot be
 * had back), then shows the code and what is left; the code stays under
 * "Your rewards" after that.
 */
export function Rewards({ rewards, available, onRedeemed }: Props) {
  const [busy, setBusy] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<{
    redemption: StoreLoyaltyRedemption
    reward: StoreLoyaltyReward
    balance: number
  } | null>(null)

  if (!rewards.length) return <p className="muted">No rewards right now. Check back soon.</p>

  const redeem = async (reward: StoreLoyaltyReward) => {
    setConfirming(null)
    setBusy(reward.id)
    setError(null)
    setResult(null)
    try {
      const { redemption } = await loyalty.redeem(reward.id)
      setResult({ redemption, reward, balance: available - redemption.points })
      await onRedeemed()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      {result && (
        <div className="reward-code" data-testid="redemption" role="status">
          <p className="reward-code__title">
            {result.reward.name}
            {result.redemption.code ? ": here is your code" : " is yours"}
          </p>
          {result.redemption.code && (
            <p className="reward-code__code" data-testid="redemption-code">
              {result.redemption.code}
            </p>
          )}
          <p className="reward-code__text" data-testid="redemption-how">
            {HOW_TO_USE[result.redemption.kind]} You spent {pointsLabel(result.redemption.points)};
            your balance is now{" "}
            <strong data-testid="redemption-balance">{formatPoints(result.balance)}</strong> points.
          </p>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <ul className="rewards" data-testid="rewards">
        {rewards.map((reward) => {
          const missing = reward.points_cost - available
          return (
            <li key={reward.id} className="reward" data-testid="reward" data-name={reward.name}>
              <p className="reward__amount">{formatMoney(reward.amount, reward.currency_code)}</p>
              <div className="reward__text">
                <p className="reward__name">{reward.name}</p>
                {reward.description && <p className="reward__description">{reward.description}</p>}
                <p className="reward__cost">{pointsLabel(reward.points_cost)}</p>
              </div>
              {confirming === reward.id ? (
                <div
                  className="reward__confirm"
                  role="group"
                  aria-label={`Redeem ${reward.name}`}
                  data-testid="redeem-confirmation"
                >
                  <p>
                    Spend {pointsLabel(reward.points_cost)} on {reward.name}? Points spent cannot be
                    returned.
                  </p>
                  <div className="reward__confirm-buttons">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setConfirming(null)}
                      data-testid="redeem-cancel"
                    >
                      Cancel
                    </button>
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => redeem(reward)}
                      data-testid="redeem-confirm"
                    >
                      Yes, redeem
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={missing > 0 || busy !== null}
                  onClick={() => {
                    setResult(null)
                    setConfirming(reward.id)
                  }}
                  data-testid="redeem"
                >
                  {busy === reward.id
                    ? "Redeeming…"
                    : missing > 0
                      ? `${formatPoints(missing)} more needed`
                      : "Redeem"}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}

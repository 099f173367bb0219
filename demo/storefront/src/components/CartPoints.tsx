import type { HttpTypes } from "@medusajs/types"
import { Link } from "react-router-dom"
import { formatMoney, formatPoints, pointsLabel } from "../lib/format"
import { loyalty } from "../lib/medusa"
import { useSession } from "../lib/session"
import { useResource } from "../lib/use-resource"
import { StarIcon } from "./PointsPreview"

/** The points a cart will earn, and what the customer's balance can buy already. */
export function CartPoints({
  cart,
  compact = false,
}: {
  cart: HttpTypes.StoreCart
  compact?: boolean
}) {
  const { customer } = useSession()
  const { data } = useResource(
    () => loyalty.cartPoints(cart.id),
    [cart.id, cart.total, cart.updated_at, customer?.id]
  )
  if (!data) return null
  const { points, balance, tier } = data.cart_loyalty
  const affordable_rewards = data.cart_loyalty.affordable_rewards.filter(
    (r) => r.currency_code === cart.currency_code
  )

  return (
    <div className="cart-points" data-testid="cart-points" data-points={points}>
      <p className="cart-points__headline">
        <StarIcon />
        {customer ? (
          <span>
            This order earns <strong>{pointsLabel(points)}</strong>
          </span>
        ) : (
          <span>
            <Link to="/sign-in">Sign in</Link> to earn <strong>{pointsLabel(points)}</strong> on
            this order
          </span>
        )}
      </p>
      {!compact && tier && Number(tier.points_multiplier) > 1 && (
        <p className="cart-points__line">
          Your {tier.name} bonus ×{tier.points_multiplier} is included.
        </p>
      )}
      {!compact && balance && (
        <p className="cart-points__line">
          You have {formatPoints(balance.available)} points to spend
          {balance.pending > 0 && ` and ${formatPoints(balance.pending)} on their way`}.
          {affordable_rewards.length > 0 && (
            <>
              {" "}
              Enough for{" "}
              {affordable_rewards.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && (i === affordable_rewards.length - 1 ? " or " : ", ")}
                  {formatMoney(r.amount, r.currency_code)}{" "}
                  {r.kind === "gift_card"
                    ? "on a gift card"
                    : r.kind === "store_credit"
                      ? "store credit"
                      : "off"}
                </span>
              ))}{" "}
              — <Link to="/account#rewards">see the rewards</Link>.
            </>
          )}
        </p>
      )}
    </div>
  )
}

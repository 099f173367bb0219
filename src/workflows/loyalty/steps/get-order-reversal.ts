import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export type OrderReversal = {
  account_id: string | null
  customer_id: string | null
  /** Points the order earned that are not reversed yet. */
  open_points: number
  earned_points: number
}

export const getOrderReversalStepId = "get-order-loyalty-reversal"

/**
 * How much an order (or booking) earned and how much of it is still to be
 * reversed, from its ledger entries (earn, less reversals and shortfalls).
 */
export const getOrderReversalStep = createStep(
  getOrderReversalStepId,
  async (input: { source: "order" | "booking"; source_id: string }, { container }) => {
    const entries = await loyaltyService(container).listLoyaltyEntries(
      { source: input.source, source_id: input.source_id, type: ["earn", "reverse"] },
      { select: ["account_id", "customer_id", "type", "points", "shortfall"] }
    )
    const earn = entries.find((entry) => entry.type === "earn")
    const earned = entries
      .filter((entry) => entry.type === "earn")
      .reduce((sum, entry) => sum + entry.points, 0)
    const reversed = entries
      .filter((entry) => entry.type === "reverse")
      .reduce((sum, entry) => sum - entry.points + entry.shortfall, 0)
    const result: OrderReversal = {
      account_id: earn?.account_id ?? null,
      customer_id: earn?.customer_id ?? null,
      earned_points: earned,
      open_points: Math.max(earned - reversed, 0),
    }
    return new StepResponse(result)
  }
)

/** The share of `earned` that a refund of `refunded` out of `total` takes back. */
export function refundedPoints(
  earned: number,
  refunded: number | string,
  total: number | string
): number {
  if (MathBN.lte(total, 0)) {
    return earned
  }
  const share = MathBN.div(MathBN.mult(earned, refunded), total)
  return Math.min(earned, share.integerValue(1 /* ROUND_DOWN */).toNumber())
}

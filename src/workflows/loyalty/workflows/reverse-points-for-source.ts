import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import {
  getOrderReversalStep,
  recomputeTiersStep,
  refundedPoints,
  reverseEarnedPointsStep,
} from "../steps"
import { entryEvents } from "./emit-ledger-events"

export type ReversePointsForSourceWorkflowInput = {
  source: "order" | "booking"
  source_id: string
  /** Names this reversal: e.g. `cancel`, or `refund:<refund id>`. */
  reason: string
  /**
   * A partial reversal: `refunded` is everything refunded on the source so
   * far, out of `total`; what earlier reversals took back is counted.
   */
  refund?: { refunded: number | string; total: number | string }
  description?: string
}

export const reversePointsForSourceWorkflowId = "reverse-loyalty-points-for-source"

/**
 * Takes back what an order or booking earned: all that is left of it when
 * it is cancelled, or the refunded share. Pending points go first, the
 * balance never goes below zero and a shortfall is recorded. The key names
 * the source and the reason, so each cancellation or refund counts once.
 *
 * @example
 * await reversePointsForSourceWorkflow(container).run({
 *   input: { source: "order", source_id: "order_123", reason: "cancel" },
 * })
 */
export const reversePointsForSourceWorkflow = createWorkflow(
  reversePointsForSourceWorkflowId,
  (input: ReversePointsForSourceWorkflowInput) => {
    const reversal = getOrderReversalStep(input)
    const points = transform({ input, reversal }, ({ input, reversal }) => {
      const alreadyReversed = reversal.earned_points - reversal.open_points
      const wanted = input.refund
        ? refundedPoints(reversal.earned_points, input.refund.refunded, input.refund.total) -
          alreadyReversed
        : reversal.open_points
      return Math.max(0, Math.min(wanted, reversal.open_points))
    })

    const posted = when({ reversal, points }, ({ reversal, points }) => {
      return !!reversal.account_id && points > 0
    }).then(() => {
      const reverseInput = transform(
        { input, reversal, points },
        ({ input, reversal, points }) => ({
          account_id: reversal.account_id as string,
          customer_id: reversal.customer_id,
          source: input.source,
          source_id: input.source_id,
          points,
          idempotency_key: `${input.source}:${input.source_id}:${input.reason}`,
          description:
            input.description ??
            (input.refund ? "Points taken back for a refund" : "Points taken back"),
        })
      )
      const posted = reverseEarnedPointsStep(reverseInput)
      const tierChanges = recomputeTiersStep({
        account_ids: transform({ reversal }, ({ reversal }) => [reversal.account_id as string]),
      })
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_REVERSED,
        data: transform({ posted }, ({ posted }) => entryEvents([posted])),
      })
      emitEventStep({
        eventName: LoyaltyEvents.TIER_CHANGED,
        data: tierChanges,
      }).config({ name: "emit-tier-changed" })
      return posted
    })

    return new WorkflowResponse(transform({ posted }, ({ posted }) => posted ?? null))
  }
)

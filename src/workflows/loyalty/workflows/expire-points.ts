import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import { expirePointsStep, recomputeTiersStep } from "../steps"

export type ExpirePointsWorkflowInput = { now?: Date }

export const expirePointsWorkflowId = "expire-loyalty-points"

/**
 * The daily run: expires what is left of due lots (first earned, first
 * expired) with an `expire` entry each, then recomputes every account's
 * tier, since points leave the rolling 12-month window with time too.
 */
export const expirePointsWorkflow = createWorkflow(
  expirePointsWorkflowId,
  (input: ExpirePointsWorkflowInput) => {
    const expired = expirePointsStep(input)
    const tierChanges = recomputeTiersStep({ account_ids: null })

    emitEventStep({
      eventName: LoyaltyEvents.POINTS_EXPIRED,
      data: transform({ expired }, ({ expired }) =>
        expired.map((lot) => ({
          account_id: lot.account_id,
          customer_id: lot.customer_id,
          lot_id: lot.id,
          points: -lot.points,
        }))
      ),
    })
    emitEventStep({
      eventName: LoyaltyEvents.TIER_CHANGED,
      data: tierChanges,
    }).config({ name: "emit-tier-changed" })

    return new WorkflowResponse(expired)
  }
)

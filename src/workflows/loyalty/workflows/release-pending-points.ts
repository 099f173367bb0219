import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import { recomputeTiersStep, releasePendingPointsStep } from "../steps"

export type ReleasePendingPointsWorkflowInput = { now?: Date }

export const releasePendingPointsWorkflowId = "release-pending-loyalty-points"

/**
 * Makes due pending points available (one statement for all accounts),
 * then moves the accounts that gained points to the tier they now reach.
 */
export const releasePendingPointsWorkflow = createWorkflow(
  releasePendingPointsWorkflowId,
  (input: ReleasePendingPointsWorkflowInput) => {
    const released = releasePendingPointsStep(input)
    const accountIds = transform({ released }, ({ released }) => [
      ...new Set(released.map((lot) => lot.account_id)),
    ])
    const tierChanges = recomputeTiersStep({ account_ids: accountIds })

    emitEventStep({
      eventName: LoyaltyEvents.POINTS_AVAILABLE,
      data: transform({ released }, ({ released }) =>
        released.map((lot) => ({
          account_id: lot.account_id,
          customer_id: lot.customer_id,
          entry_id: lot.id,
          points: lot.points,
        }))
      ),
    })
    emitEventStep({
      eventName: LoyaltyEvents.TIER_CHANGED,
      data: tierChanges,
    }).config({ name: "emit-tier-changed" })

    return new WorkflowResponse(released)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PostedEntry } from "../../../modules/customer-loyalty/ledger"

export const validateAdjustmentReplayStepId = "validate-loyalty-adjustment-replay"

export type ValidateAdjustmentReplayInput = {
  posted: PostedEntry
  customer_id: string
  points: number
  description: string
}

/**
 * A retried adjustment (the same Idempotency-Key) answers with the entry
 * posted the first time. A key sent again with another customer, other
 * points or another description is not a retry: the caller would read the
 * first answer as their new adjustment having been made (a −50 correction
 * "posted" as the earlier +100), so it is refused. A duplicate wrote
 * nothing, so there is nothing to undo.
 */
export const validateAdjustmentReplayStep = createStep(
  validateAdjustmentReplayStepId,
  async ({ posted, customer_id, points, description }: ValidateAdjustmentReplayInput) => {
    if (!posted.duplicate) {
      return
    }
    const { entry } = posted
    if (
      entry.customer_id !== customer_id ||
      Number(entry.points) !== points ||
      (entry.description ?? "") !== description
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This Idempotency-Key was already used for another adjustment of this customer; send a new key for a new adjustment"
      )
    }
  }
)

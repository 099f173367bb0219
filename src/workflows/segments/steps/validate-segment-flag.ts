import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const validateSegmentFlagStepId = "validate-segment-flag"

/** A segment's flag must exist (404 otherwise). */
export const validateSegmentFlagStep = createStep(
  validateSegmentFlagStepId,
  async (input: { flag_id?: string | null }, { container }) => {
    if (input.flag_id) {
      await loyaltyService(container).retrieveCustomerFlag(input.flag_id, {
        select: ["id"],
      })
    }
    return new StepResponse(void 0)
  }
)

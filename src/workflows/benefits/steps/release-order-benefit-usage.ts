import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const releaseOrderBenefitUsageStepId = "release-order-benefit-usage"

/** Gives back what a cancelled order used; compensation takes it again. */
export const releaseOrderBenefitUsageStep = createStep(
  releaseOrderBenefitUsageStepId,
  async (input: { order_id: string }, { container }) => {
    const released = await loyaltyService(container).releaseOrderBenefitUsage(input.order_id)
    return new StepResponse({ released: released.length }, released)
  },
  async (released, { container }) => {
    if (released?.length) {
      await loyaltyService(container).restoreReleasedBenefitUsage(released)
    }
  }
)

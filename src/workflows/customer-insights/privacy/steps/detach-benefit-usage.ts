import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"
import { restoreForgottenRows } from "./restore-forgotten-rows"

export const detachBenefitUsageStepId = "detach-customer-benefit-usage"

/** Benefit usage stays counted for the benefit, with no customer on it. */
export const detachBenefitUsageStep = createStep(
  detachBenefitUsageStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).detachCustomerBenefitUsage(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restoreForgottenRows
)

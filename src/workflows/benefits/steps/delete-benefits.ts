import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const deleteBenefitsStepId = "delete-customer-benefits"

export const deleteBenefitsStep = createStep(
  deleteBenefitsStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteCustomerBenefits(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreCustomerBenefits(ids)
    }
  }
)

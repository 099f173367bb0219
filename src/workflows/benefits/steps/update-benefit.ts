import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { BenefitData } from "./types"

export const updateBenefitStepId = "update-customer-benefit"

/** Updates one benefit; the compensation writes back the fields it changed. */
export const updateBenefitStep = createStep(
  updateBenefitStepId,
  async (data: { id: string } & Partial<BenefitData>, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveCustomerBenefit(data.id, {
      select: ["id", ...fields],
    })
    const updated = await service.updateCustomerBenefits(data as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateCustomerBenefits(before as any)
    }
  }
)

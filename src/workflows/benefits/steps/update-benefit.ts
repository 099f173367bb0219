import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { asBenefitInput, BenefitData } from "./types"

type BenefitUpdate = { id: string } & Partial<BenefitData>

export const updateBenefitStepId = "update-customer-benefit"

/** Updates one benefit; the compensation writes back the fields it changed. */
export const updateBenefitStep = createStep(
  updateBenefitStepId,
  async (data: BenefitUpdate, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    // Only the fields being changed (Medusa types the JSON id lists as objects).
    const before = (await service.retrieveCustomerBenefit(data.id, {
      select: ["id", ...fields],
    })) as BenefitUpdate
    const updated = await service.updateCustomerBenefits(asBenefitInput(data))
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateCustomerBenefits(asBenefitInput(before))
    }
  }
)

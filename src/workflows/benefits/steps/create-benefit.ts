import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { asBenefitInput, BenefitData } from "./types"

export const createBenefitStepId = "create-customer-benefit"

export const createBenefitStep = createStep(
  createBenefitStepId,
  async (data: BenefitData, { container }) => {
    const benefit = await loyaltyService(container).createCustomerBenefits(asBenefitInput(data))
    return new StepResponse(benefit, benefit.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteCustomerBenefits([id])
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const softDeleteLoyaltyTiersStepId = "soft-delete-loyalty-tiers"

export const softDeleteLoyaltyTiersStep = createStep(
  softDeleteLoyaltyTiersStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteLoyaltyTiers(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreLoyaltyTiers(ids)
    }
  }
)

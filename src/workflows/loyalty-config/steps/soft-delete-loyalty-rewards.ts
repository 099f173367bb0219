import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const softDeleteLoyaltyRewardsStepId = "soft-delete-loyalty-rewards"

export const softDeleteLoyaltyRewardsStep = createStep(
  softDeleteLoyaltyRewardsStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteLoyaltyRewards(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreLoyaltyRewards(ids)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { RewardRow } from "./types"

export const createLoyaltyRewardStepId = "create-loyalty-reward"

export const createLoyaltyRewardStep = createStep(
  createLoyaltyRewardStepId,
  async (data: RewardRow, { container }) => {
    const reward = await loyaltyService(container).createLoyaltyRewards(data)
    return new StepResponse(reward, reward.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteLoyaltyRewards(id)
    }
  }
)

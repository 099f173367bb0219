import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { RewardRow } from "./types"

export const updateLoyaltyRewardStepId = "update-loyalty-reward"

/** Updates one reward; the compensation writes back the fields it changed. */
export const updateLoyaltyRewardStep = createStep(
  updateLoyaltyRewardStepId,
  async (data: Partial<RewardRow> & { id: string }, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveLoyaltyReward(data.id, {
      select: ["id", ...fields],
    })
    const updated = await service.updateLoyaltyRewards(data)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateLoyaltyRewards(before)
    }
  }
)

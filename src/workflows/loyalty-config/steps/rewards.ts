import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type RewardRow = {
  name: string
  description?: string | null
  points_cost: number
  kind: "promotion_code" | "gift_card" | "store_credit"
  /** In the currency's main unit, e.g. 50 for SEK 50. */
  amount: number
  currency_code: string
  is_active?: boolean
}

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
      await loyaltyService(container).updateLoyaltyRewards(before as any)
    }
  }
)

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

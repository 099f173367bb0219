import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { TierRow } from "./types"
import { withRankConflict } from "./with-rank-conflict"

export const createLoyaltyTierStepId = "create-loyalty-tier"

export const createLoyaltyTierStep = createStep(
  createLoyaltyTierStepId,
  async (data: TierRow, { container }) => {
    const tier = await withRankConflict(data.rank, () =>
      loyaltyService(container).createLoyaltyTiers(data)
    )
    return new StepResponse(tier, tier.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteLoyaltyTiers(id)
    }
  }
)

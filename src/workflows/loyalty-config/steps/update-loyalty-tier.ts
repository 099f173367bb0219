import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { TierRow } from "./types"
import { withRankConflict } from "./with-rank-conflict"

export const updateLoyaltyTierStepId = "update-loyalty-tier"

/** Updates one tier; the compensation writes back the fields it changed. */
export const updateLoyaltyTierStep = createStep(
  updateLoyaltyTierStepId,
  async (data: Partial<TierRow> & { id: string }, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    // Only the fields being changed.
    const before: Partial<TierRow> & { id: string } = await service.retrieveLoyaltyTier(data.id, {
      select: ["id", ...fields],
    })
    const updated = await withRankConflict(data.rank, () => service.updateLoyaltyTiers(data))
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateLoyaltyTiers(before)
    }
  }
)

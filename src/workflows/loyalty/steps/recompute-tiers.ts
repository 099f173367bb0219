import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const recomputeTiersStepId = "recompute-loyalty-tiers"

/**
 * Puts accounts on the tier their points reach (all accounts when
 * `account_ids` is null); returns the changes, undone by the compensation.
 */
export const recomputeTiersStep = createStep(
  recomputeTiersStepId,
  async (input: { account_ids: string[] | null }, { container }) => {
    const changes = await loyaltyService(container).recomputeLoyaltyTiers(
      input.account_ids
    )
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (changes?.length) {
      await loyaltyService(container).revertTierChanges(changes)
    }
  }
)

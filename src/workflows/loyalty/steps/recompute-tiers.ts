import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"
import { syncTierGroups, undoTierGroupSync } from "./sync-tier-groups"

export const recomputeTiersStepId = "recompute-loyalty-tiers"

/**
 * Puts accounts on the tier their points reach (all accounts when
 * `account_ids` is null) and their members into that tier's customer group,
 * at once, so a tier's promotions follow the tier. Returns the tier
 * changes; the compensation undoes both.
 */
export const recomputeTiersStep = createStep(
  recomputeTiersStepId,
  async (input: { account_ids: string[] | null }, { container }) => {
    const changes = await loyaltyService(container).recomputeLoyaltyTiers(input.account_ids)
    const groups = await syncTierGroups(container, { account_ids: input.account_ids })
    return new StepResponse(changes, { changes, groups })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoTierGroupSync(container, undo.groups)
    if (undo.changes.length) {
      await loyaltyService(container).revertTierChanges(undo.changes)
    }
  }
)

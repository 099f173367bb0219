import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

/**
 * Folds the per-day summary's logged changes into its days. Nothing to
 * undo: the summary says the same before and after, only in fewer rows.
 */
export const foldEntrySummaryStep = createStep(
  "fold-loyalty-entry-summary",
  async (_: void, { container }) =>
    new StepResponse(await loyaltyService(container).foldLoyaltyEntrySummary())
)

/** Builds the per-day summary again from the ledger (nothing to undo either). */
export const rebuildEntrySummaryStep = createStep(
  "rebuild-loyalty-entry-summary",
  async (_: void, { container }) =>
    new StepResponse(await loyaltyService(container).rebuildLoyaltyEntrySummary())
)

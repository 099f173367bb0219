import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const foldEntrySummaryStepId = "fold-loyalty-entry-summary"

/**
 * Folds the per-day summary's logged changes into its days. Nothing to
 * undo: the summary says the same before and after, only in fewer rows.
 */
export const foldEntrySummaryStep = createStep(
  foldEntrySummaryStepId,
  async (_: void, { container }) =>
    new StepResponse(await loyaltyService(container).foldLoyaltyEntrySummary())
)

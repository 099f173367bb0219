import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const rebuildEntrySummaryStepId = "rebuild-loyalty-entry-summary"

/** Builds the per-day summary again from the ledger (nothing to undo either). */
export const rebuildEntrySummaryStep = createStep(
  rebuildEntrySummaryStepId,
  async (_: void, { container }) =>
    new StepResponse(await loyaltyService(container).rebuildLoyaltyEntrySummary())
)

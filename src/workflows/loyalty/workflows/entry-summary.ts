import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { foldEntrySummaryStep, rebuildEntrySummaryStep } from "../steps"

/** Moves the points report's logged per-day changes into its days. */
export const foldLoyaltyEntrySummaryWorkflow = createWorkflow(
  "fold-loyalty-entry-summary",
  () => new WorkflowResponse(foldEntrySummaryStep())
)

/** Builds the points report's per-day summary again from the ledger. */
export const rebuildLoyaltyEntrySummaryWorkflow = createWorkflow(
  "rebuild-loyalty-entry-summary",
  () => new WorkflowResponse(rebuildEntrySummaryStep())
)

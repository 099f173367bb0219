import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildEntrySummaryStep } from "../steps"

export const rebuildLoyaltyEntrySummaryWorkflowId = "rebuild-loyalty-entry-summary"

/** Builds the points report's per-day summary again from the ledger. */
export const rebuildLoyaltyEntrySummaryWorkflow = createWorkflow(
  rebuildLoyaltyEntrySummaryWorkflowId,
  () => new WorkflowResponse(rebuildEntrySummaryStep())
)

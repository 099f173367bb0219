import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { foldEntrySummaryStep } from "../steps"

export const foldLoyaltyEntrySummaryWorkflowId = "fold-loyalty-entry-summary"

/** Moves the points report's logged per-day changes into its days. */
export const foldLoyaltyEntrySummaryWorkflow = createWorkflow(
  foldLoyaltyEntrySummaryWorkflowId,
  () => new WorkflowResponse(foldEntrySummaryStep())
)

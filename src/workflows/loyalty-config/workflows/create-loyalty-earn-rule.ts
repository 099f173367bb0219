import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLoyaltyEarnRuleStep, EarnRuleRow, validateEarnRuleStep } from "../steps"

export const createLoyaltyEarnRuleWorkflowId = "create-loyalty-earn-rule"

/**
 * Creates an earn rule: extra points per item, or a multiplier, for a
 * product, variant, collection, category, service or everything.
 *
 * @example
 * await createLoyaltyEarnRuleWorkflow(container).run({
 *   input: { name: "Double points on shirts", target_type: "collection", target_id: "pcol_1",
 *            points_per_item: null, multiplier: 2, starts_at: null, ends_at: null, is_active: true },
 * })
 */
export const createLoyaltyEarnRuleWorkflow = createWorkflow(
  createLoyaltyEarnRuleWorkflowId,
  (input: EarnRuleRow) => {
    const row = validateEarnRuleStep({ data: input })
    return new WorkflowResponse(createLoyaltyEarnRuleStep(row as EarnRuleRow))
  }
)

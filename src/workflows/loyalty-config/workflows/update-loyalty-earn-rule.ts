import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EarnRuleRow, updateLoyaltyEarnRuleStep, validateEarnRuleStep } from "../steps"

export type UpdateLoyaltyEarnRuleWorkflowInput = {
  id: string
  update: Partial<EarnRuleRow>
}

export const updateLoyaltyEarnRuleWorkflowId = "update-loyalty-earn-rule"

/** Updates an earn rule; the rule must still make sense afterwards. */
export const updateLoyaltyEarnRuleWorkflow = createWorkflow(
  updateLoyaltyEarnRuleWorkflowId,
  (input: UpdateLoyaltyEarnRuleWorkflowInput) => {
    const row = validateEarnRuleStep({ id: input.id, data: input.update })
    const update = transform({ input, row }, ({ input, row }) => ({
      ...row,
      id: input.id,
    }))
    return new WorkflowResponse(updateLoyaltyEarnRuleStep(update))
  }
)

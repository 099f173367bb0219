import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createLoyaltyEarnRuleStep,
  EarnRuleRow,
  softDeleteLoyaltyEarnRulesStep,
  updateLoyaltyEarnRuleStep,
  validateEarnRuleStep,
} from "../steps"

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

export const deleteLoyaltyEarnRulesWorkflowId = "delete-loyalty-earn-rules"

/** Deletes earn rules (soft: orders already credited keep their history). */
export const deleteLoyaltyEarnRulesWorkflow = createWorkflow(
  deleteLoyaltyEarnRulesWorkflowId,
  (input: { ids: string[] }) => {
    useQueryGraphStep({
      entity: "loyalty_earn_rule",
      fields: ["id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    softDeleteLoyaltyEarnRulesStep(input.ids)
    return new WorkflowResponse(input.ids)
  }
)

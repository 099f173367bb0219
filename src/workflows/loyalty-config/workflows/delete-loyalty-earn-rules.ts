import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteLoyaltyEarnRulesStep } from "../steps"

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

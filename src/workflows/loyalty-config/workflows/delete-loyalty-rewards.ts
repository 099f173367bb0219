import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteLoyaltyRewardsStep } from "../steps"

export const deleteLoyaltyRewardsWorkflowId = "delete-loyalty-rewards"

/** Deletes rewards (soft: redemptions keep pointing at them). */
export const deleteLoyaltyRewardsWorkflow = createWorkflow(
  deleteLoyaltyRewardsWorkflowId,
  (input: { ids: string[] }) => {
    useQueryGraphStep({
      entity: "loyalty_reward",
      fields: ["id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    softDeleteLoyaltyRewardsStep(input.ids)
    return new WorkflowResponse(input.ids)
  }
)

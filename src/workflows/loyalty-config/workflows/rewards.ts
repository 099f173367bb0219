import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createLoyaltyRewardStep,
  RewardRow,
  softDeleteLoyaltyRewardsStep,
  updateLoyaltyRewardStep,
} from "../steps"
import { validateRewardAmountStep } from "../steps/validate-reward-amount"

export const createLoyaltyRewardWorkflowId = "create-loyalty-reward"

/**
 * Creates a reward members can redeem points for.
 *
 * @example
 * await createLoyaltyRewardWorkflow(container).run({
 *   input: { name: "SEK 50 off", points_cost: 500, kind: "promotion_code", amount: 50, currency_code: "sek" },
 * })
 */
export const createLoyaltyRewardWorkflow = createWorkflow(
  createLoyaltyRewardWorkflowId,
  (input: RewardRow) => {
    validateRewardAmountStep(input)
    return new WorkflowResponse(createLoyaltyRewardStep(input))
  }
)

export type UpdateLoyaltyRewardWorkflowInput = {
  id: string
  update: Partial<RewardRow>
}

export const updateLoyaltyRewardWorkflowId = "update-loyalty-reward"

/** Updates a reward; redemptions made before keep what they were given. */
export const updateLoyaltyRewardWorkflow = createWorkflow(
  updateLoyaltyRewardWorkflowId,
  (input: UpdateLoyaltyRewardWorkflowInput) => {
    const update = transform({ input }, ({ input }) => ({
      ...input.update,
      id: input.id,
    }))
    validateRewardAmountStep(update)
    return new WorkflowResponse(updateLoyaltyRewardStep(update))
  }
)

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

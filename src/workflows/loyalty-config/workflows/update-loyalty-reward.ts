import { AdditionalData } from "@medusajs/framework/types"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RewardRow, updateLoyaltyRewardStep } from "../steps"
import { validateRewardAmountStep } from "../steps/validate-reward-amount"

export type UpdateLoyaltyRewardWorkflowInput = {
  id: string
  update: Partial<RewardRow>
} & AdditionalData

export const updateLoyaltyRewardWorkflowId = "update-loyalty-reward"

/**
 * Updates a reward; redemptions made before keep what they were given.
 *
 * The `loyaltyRewardUpdated` hook receives the updated reward and the
 * input's `additional_data`; a handler that throws undoes the update.
 *
 * @example
 * await updateLoyaltyRewardWorkflow(container).run({
 *   input: { id: "lrwd_123", update: { points_cost: 400 } },
 * })
 */
export const updateLoyaltyRewardWorkflow = createWorkflow(
  updateLoyaltyRewardWorkflowId,
  (input: UpdateLoyaltyRewardWorkflowInput) => {
    const update = transform({ input }, ({ input }) => ({
      ...input.update,
      id: input.id,
    }))
    validateRewardAmountStep(update)
    const reward = updateLoyaltyRewardStep(update)
    const loyaltyRewardUpdated = createHook("loyaltyRewardUpdated", {
      reward,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(reward, { hooks: [loyaltyRewardUpdated] })
  }
)

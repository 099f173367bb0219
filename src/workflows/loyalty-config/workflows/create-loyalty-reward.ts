import { AdditionalData } from "@medusajs/framework/types"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createLoyaltyRewardStep, RewardRow } from "../steps"
import { validateRewardAmountStep } from "../steps/validate-reward-amount"

export type CreateLoyaltyRewardWorkflowInput = RewardRow & AdditionalData

export const createLoyaltyRewardWorkflowId = "create-loyalty-reward"

/**
 * Creates a reward members can redeem points for.
 *
 * The `loyaltyRewardCreated` hook receives the reward and the input's
 * `additional_data`; a handler that throws undoes the creation.
 *
 * @example
 * await createLoyaltyRewardWorkflow(container).run({
 *   input: { name: "SEK 50 off", points_cost: 500, kind: "promotion_code", amount: 50, currency_code: "sek" },
 * })
 */
export const createLoyaltyRewardWorkflow = createWorkflow(
  createLoyaltyRewardWorkflowId,
  (input: CreateLoyaltyRewardWorkflowInput) => {
    const data = transform({ input }, ({ input }) => {
      const { additional_data: _, ...reward } = input
      return reward
    })
    validateRewardAmountStep(data)
    const reward = createLoyaltyRewardStep(data)
    const loyaltyRewardCreated = createHook("loyaltyRewardCreated", {
      reward,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(reward, { hooks: [loyaltyRewardCreated] })
  }
)

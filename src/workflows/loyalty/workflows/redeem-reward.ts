import { emitEventStep } from "@medusajs/medusa/core-flows"
import { generateEntityId } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import {
  createPluginRewardStep,
  createRedemptionStep,
  createRewardPromotionStep,
  debitPointsStep,
  validateRedemptionStep,
} from "../steps"

export type RedeemRewardWorkflowInput = {
  customer_id: string
  reward_id: string
  /** Who redeemed for the member (an admin user id); none when the member did. */
  actor?: string | null
}

export const redeemRewardWorkflowId = "redeem-loyalty-reward"

/**
 * A member takes a reward: the points are taken (under a lock on the
 * account, where the cost and the minimum to redeem are checked, so many
 * requests at once can never overspend or go below the minimum), then the reward
 * is made — a single-use promotion code for this customer, or, with
 * `@medusajs/loyalty-plugin` installed, a gift card or store credit — and
 * recorded. Staff redeeming for a member pass their user id as `actor`,
 * kept on the ledger entry.
 * If making the reward fails, the points are given back.
 *
 * @example
 * const { result } = await redeemRewardWorkflow(container).run({
 *   input: { customer_id: "cus_123", reward_id: "lrwd_123" },
 * })
 * result.code // "LOYAL-7KQ2M-XH9PD"
 */
export const redeemRewardWorkflow = createWorkflow(
  redeemRewardWorkflowId,
  (input: RedeemRewardWorkflowInput) => {
    const plan = validateRedemptionStep(input)
    const redemptionId = transform({}, () => generateEntityId(undefined, "lred"))

    const posted = debitPointsStep(
      transform({ input, plan, redemptionId }, ({ input, plan, redemptionId }) => ({
        account_id: plan.account_id,
        customer_id: input.customer_id,
        type: "redeem" as const,
        points: plan.reward.points_cost,
        min_available: plan.min_redeem,
        source: "redemption" as const,
        source_id: redemptionId,
        idempotency_key: `redemption:${redemptionId}`,
        description: plan.reward.name,
        actor: input.actor ?? null,
      }))
    )

    const promotion = when({ plan }, ({ plan }) => {
      return plan.reward.kind === "promotion_code"
    }).then(() =>
      createRewardPromotionStep(
        transform({ input, plan }, ({ input, plan }) => ({
          customer_id: input.customer_id,
          amount: plan.reward.amount,
          currency_code: plan.reward.currency_code,
          reward_name: plan.reward.name,
        }))
      )
    )

    const pluginReward = when({ plan }, ({ plan }) => {
      return plan.reward.kind !== "promotion_code"
    }).then(() =>
      createPluginRewardStep(
        transform({ input, plan, redemptionId }, ({ input, plan, redemptionId }) => ({
          kind: plan.reward.kind as "gift_card" | "store_credit",
          redemption_id: redemptionId,
          customer_id: input.customer_id,
          amount: plan.reward.amount,
          currency_code: plan.reward.currency_code,
          reward_name: plan.reward.name,
        }))
      )
    )

    const redemption = createRedemptionStep(
      transform(
        { input, plan, posted, promotion, pluginReward, redemptionId },
        ({ input, plan, posted, promotion, pluginReward, redemptionId }) => ({
          id: redemptionId,
          account_id: plan.account_id,
          customer_id: input.customer_id,
          reward_id: plan.reward.id,
          entry_id: posted.entry.id,
          points: plan.reward.points_cost,
          kind: plan.reward.kind,
          amount: plan.reward.amount,
          currency_code: plan.reward.currency_code,
          code: promotion?.code ?? pluginReward?.code ?? null,
          promotion_id: promotion?.id ?? null,
          gift_card_id: pluginReward?.gift_card_id ?? null,
          store_credit_account_id: pluginReward?.store_credit_account_id ?? null,
        })
      )
    )

    emitEventStep({
      eventName: LoyaltyEvents.POINTS_REDEEMED,
      data: transform({ posted, redemption }, ({ posted, redemption }) => ({
        account_id: posted.entry.account_id,
        customer_id: posted.entry.customer_id,
        entry_id: posted.entry.id,
        points: posted.entry.points,
        redemption_id: redemption.id,
        reward_id: redemption.reward_id,
      })),
    })

    return new WorkflowResponse(redemption)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hasLoyaltyPlugin } from "./loyalty-plugin"
import { loyaltyService } from "./resolve-service"
import type { LoyaltyRewardKind } from "../../../modules/customer-loyalty/constants"

export type RedemptionPlan = {
  account_id: string
  /** The program's minimum balance to redeem, checked again under the lock. */
  min_redeem: number
  reward: {
    id: string
    name: string
    points_cost: number
    kind: LoyaltyRewardKind
    amount: number
    currency_code: string
  }
}

export const validateRedemptionStepId = "validate-loyalty-redemption"

/**
 * Checks a redemption before anything is written: the reward exists and is
 * active, its kind can be delivered here, and the member has the points and
 * the minimum to redeem (both checked again, under the account's lock, when
 * the points are taken: these reads may be stale by then).
 */
export const validateRedemptionStep = createStep(
  validateRedemptionStepId,
  async (input: { customer_id: string; reward_id: string }, { container }) => {
    const service = loyaltyService(container)
    const [reward] = await service.listLoyaltyRewards({
      id: input.reward_id,
      is_active: true,
    })
    if (!reward) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Loyalty reward with id: ${input.reward_id} was not found`
      )
    }
    if (reward.kind !== "promotion_code" && !hasLoyaltyPlugin(container)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Rewards of kind '${reward.kind}' need @medusajs/loyalty-plugin, which is not installed`
      )
    }

    const [member] = await service.listLoyaltyAccountMembers(
      { customer_id: input.customer_id },
      { relations: ["account"] }
    )
    const available = member?.account.points_available ?? 0
    const settings = await service.retrieveProgramSettings()
    if (available < settings.min_redeem) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `At least ${settings.min_redeem} points are needed to redeem; you have ${available}`
      )
    }
    if (!member || available < reward.points_cost) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Not enough points: ${available} available, ${reward.points_cost} needed`
      )
    }

    const plan: RedemptionPlan = {
      account_id: member.account.id,
      min_redeem: settings.min_redeem,
      reward: {
        id: reward.id,
        name: reward.name,
        points_cost: reward.points_cost,
        kind: reward.kind,
        amount: Number(reward.amount),
        currency_code: reward.currency_code,
      },
    }
    return new StepResponse(plan)
  }
)

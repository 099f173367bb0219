import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"
import type { LoyaltyRewardKind } from "../../../modules/customer-loyalty/constants"

export type CreateRedemptionInput = {
  id: string
  account_id: string
  customer_id: string
  reward_id: string
  entry_id: string
  points: number
  kind: LoyaltyRewardKind
  amount: number
  currency_code: string
  code?: string | null
  promotion_id?: string | null
  gift_card_id?: string | null
  store_credit_account_id?: string | null
}

export const createRedemptionStepId = "create-loyalty-redemption"

export const createRedemptionStep = createStep(
  createRedemptionStepId,
  async (input: CreateRedemptionInput, { container }) => {
    const redemption = await loyaltyService(container).createLoyaltyRedemptions(input)
    return new StepResponse(redemption, redemption.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteLoyaltyRedemptions(id)
    }
  }
)

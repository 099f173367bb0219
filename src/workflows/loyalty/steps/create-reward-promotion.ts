import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "crypto"

export type CreateRewardPromotionInput = {
  customer_id: string
  amount: number
  currency_code: string
  reward_name: string
}

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A code that is easy to read aloud: no 0/O or 1/I. */
export function generateRewardCode(): string {
  const bytes = randomBytes(10)
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length])
  return `LOYAL-${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`
}

export const createRewardPromotionStepId = "create-loyalty-reward-promotion"

/**
 * A single-use Medusa promotion worth the reward's amount off an order,
 * usable only by the customer who redeemed it. Removed by the compensation.
 */
export const createRewardPromotionStep = createStep(
  createRewardPromotionStepId,
  async (input: CreateRewardPromotionInput, { container }) => {
    const promotionModule = container.resolve(Modules.PROMOTION)
    const [promotion] = await promotionModule.createPromotions([
      {
        code: generateRewardCode(),
        type: "standard",
        status: "active",
        is_automatic: false,
        // "50 kr off" is 50 kr off what the shopper pays: the amount includes
        // tax, so a store with tax-inclusive prices does not give 62,50 kr.
        is_tax_inclusive: true,
        limit: 1,
        application_method: {
          type: "fixed",
          target_type: "order",
          allocation: "across",
          value: input.amount,
          currency_code: input.currency_code,
        },
        rules: [
          {
            attribute: "customer.id",
            operator: "eq",
            values: [input.customer_id],
          },
        ],
      },
    ])
    return new StepResponse({ id: promotion.id, code: promotion.code as string }, promotion.id)
  },
  async (promotionId, { container }) => {
    if (promotionId) {
      await container.resolve(Modules.PROMOTION).deletePromotions([promotionId])
    }
  }
)

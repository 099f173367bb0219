import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { assertKnownCurrencies } from "../../utils/known-currencies"

export const validateRewardAmountStepId = "validate-loyalty-reward-amount"

/**
 * A reward's currency must be one Medusa knows, and its amount must be
 * payable in it: no more decimals than the currency has (0.001 kr of store
 * credit shows as 0.00 and buys nothing). On an update the reward's stored
 * amount or currency fills in the one not given.
 */
export const validateRewardAmountStep = createStep(
  validateRewardAmountStepId,
  async (input: { id?: string; amount?: number; currency_code?: string }, { container }) => {
    if (input.amount === undefined && input.currency_code === undefined) {
      return
    }
    const stored = input.id
      ? await loyaltyService(container).retrieveLoyaltyReward(input.id, {
          select: ["amount", "currency_code"],
        })
      : null
    const amount = input.amount ?? Number(stored?.amount)
    const code = (input.currency_code ?? stored?.currency_code ?? "").toLowerCase()
    const known = await assertKnownCurrencies(container, "currency_code", [code])
    const digits = known.get(code)!.decimal_digits
    const [, fraction = ""] = String(amount).split(".")
    if (fraction.length > digits) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'amount' must have at most ${digits} decimal${digits === 1 ? "" : "s"} in ${code.toUpperCase()}`
      )
    }
  }
)

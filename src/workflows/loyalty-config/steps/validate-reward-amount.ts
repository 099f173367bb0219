import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

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
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [currency],
    } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code },
    })
    if (!currency) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'currency_code' must be a currency Medusa knows; '${code}' is not one`
      )
    }
    const digits = Number(currency.decimal_digits ?? 2)
    const [, fraction = ""] = String(amount).split(".")
    if (fraction.length > digits) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'amount' must have at most ${digits} decimal${digits === 1 ? "" : "s"} in ${code.toUpperCase()}`
      )
    }
  }
)

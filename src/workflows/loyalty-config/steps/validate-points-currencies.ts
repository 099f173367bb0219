import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertKnownCurrencies } from "../../utils/known-currencies"

export const validatePointsCurrenciesStepId = "validate-loyalty-points-currencies"

/**
 * Every currency in `points_per_currency` must be one Medusa knows, as a
 * reward's currency must: the object replaces the stored rates, so a typo
 * such as `zzz` would leave the store earning nothing in the currencies it
 * meant, without a word.
 */
export const validatePointsCurrenciesStep = createStep(
  validatePointsCurrenciesStepId,
  async (input: { points_per_currency?: Record<string, number> | null }, { container }) => {
    await assertKnownCurrencies(
      container,
      "points_per_currency",
      Object.keys(input.points_per_currency ?? {})
    )
  }
)

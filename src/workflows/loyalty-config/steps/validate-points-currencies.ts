import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

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
    const codes = Object.keys(input.points_per_currency ?? {})
    if (!codes.length) {
      return
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: currencies } = await query.graph({
      entity: "currency",
      fields: ["code"],
      filters: { code: codes },
    })
    const known = new Set(currencies.map((currency) => currency.code.toLowerCase()))
    const unknown = codes.filter((code) => !known.has(code))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'points_per_currency' must be keyed by currencies Medusa knows; ${unknown
          .map((code) => `'${code}'`)
          .join(", ")} ${unknown.length === 1 ? "is" : "are"} not one`
      )
    }
  }
)

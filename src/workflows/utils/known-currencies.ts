import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses, with a 400 naming `field`, any of `codes` that is no currency
 * Medusa knows: the shape check (three letters) lets `zzz` through. The
 * currency module holds every ISO 4217 currency, not only the store's.
 * Returns the known ones by lower-case code, with their decimal digits.
 */
export async function assertKnownCurrencies(
  container: MedusaContainer,
  field: string,
  codes: string[]
): Promise<Map<string, { decimal_digits: number }>> {
  if (!codes.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "currency",
    fields: ["code", "decimal_digits"],
    filters: { code: codes.map((code) => code.toLowerCase()) },
  })
  const known = new Map(
    data.map((currency) => [
      currency.code.toLowerCase(),
      { decimal_digits: Number(currency.decimal_digits ?? 2) },
    ])
  )
  const unknown = codes.filter((code) => !known.has(code.toLowerCase()))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Field '${field}' must be a currency Medusa knows; ${unknown
        .map((code) => `'${code}'`)
        .join(", ")} ${unknown.length === 1 ? "is" : "are"} not one`
    )
  }
  return known
}

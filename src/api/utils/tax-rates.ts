import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type TaxableLine = {
  id: string
  product_id: string
  product_type_id?: string | null
  quantity: number
  unit_price: number
}

/**
 * The tax rates Medusa's tax module gives each line in a country, as a cart
 * gets them once it has an address: what a price that includes tax holds.
 */
export async function taxRatesByLine(
  scope: MedusaContainer,
  lines: TaxableLine[],
  currencyCode: string,
  countryCode: string
): Promise<Map<string, { rate: number }[]>> {
  const byLine = new Map<string, { rate: number }[]>()
  if (!lines.length) {
    return byLine
  }
  const tax = scope.resolve(Modules.TAX)
  const taxLines = await tax.getTaxLines(
    lines.map((line) => ({
      id: line.id,
      product_id: line.product_id,
      product_type_id: line.product_type_id ?? undefined,
      quantity: line.quantity,
      unit_price: line.unit_price,
      currency_code: currencyCode,
    })) as any,
    { address: { country_code: countryCode } }
  )
  for (const taxLine of taxLines as any[]) {
    const id = taxLine.line_item_id
    byLine.set(id, [...(byLine.get(id) ?? []), { rate: Number(taxLine.rate) }])
  }
  return byLine
}

type RegionCountries = { countries?: ({ iso_2: string } | null)[] | null }

const countriesOf = (region: RegionCountries | null | undefined) =>
  (region?.countries ?? []).flatMap((c) => (c ? [c.iso_2.toLowerCase()] : []))

/**
 * The country whose tax a price that includes tax is reckoned with when the
 * shopper's country is not known: the region's only country; in a region of
 * several, the one with the highest default rate, so the points shown are
 * the least the purchase earns (`estimate`). Null when none has a tax region.
 */
export async function taxCountryOfRegion(
  scope: MedusaContainer,
  region: RegionCountries | null | undefined
): Promise<{ country_code: string | null; estimate: boolean }> {
  const countries = countriesOf(region)
  if (countries.length <= 1) {
    return { country_code: countries[0] ?? null, estimate: false }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: taxRegions } = await query.graph({
    entity: "tax_region",
    fields: ["country_code", "tax_rates.rate", "tax_rates.is_default"],
    filters: { country_code: countries, parent_id: null },
  })
  let highest: { country_code: string; rate: number } | null = null
  for (const taxRegion of taxRegions as any[]) {
    const rate = Number(
      (taxRegion.tax_rates ?? []).find((r: any) => r?.is_default)?.rate ?? 0
    )
    const code = String(taxRegion.country_code).toLowerCase()
    if (!highest || rate > highest.rate || (rate === highest.rate && code < highest.country_code)) {
      highest = { country_code: code, rate }
    }
  }
  return highest
    ? { country_code: highest.country_code, estimate: true }
    : { country_code: null, estimate: false }
}

export const isCountryOfRegion = (region: RegionCountries, countryCode: string) =>
  countriesOf(region).includes(countryCode.toLowerCase())

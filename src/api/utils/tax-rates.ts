import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { graphRows } from "../../utils/graph-rows"

export type TaxableLine = {
  id: string
  /** Null for a custom item. */
  product_id: string | null
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
      // Null for a custom item, passed on as Medusa's own cart flows do
      // (getItemTaxLinesStep): the tax module then matches no product rule.
      product_id: line.product_id as string,
      product_type_id: line.product_type_id ?? undefined,
      quantity: line.quantity,
      unit_price: line.unit_price,
      currency_code: currencyCode,
    })),
    { address: { country_code: countryCode } }
  )
  for (const taxLine of taxLines) {
    if (!("line_item_id" in taxLine)) {
      continue
    }
    const id = taxLine.line_item_id
    byLine.set(id, [...(byLine.get(id) ?? []), { rate: Number(taxLine.rate) }])
  }
  return byLine
}

type TaxRegionRow = {
  country_code: string
  tax_rates?: ({ rate: number | string | null; is_default: boolean } | null)[] | null
}

export type RegionCountries = { countries?: ({ iso_2: string } | null)[] | null }

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
  for (const taxRegion of graphRows<TaxRegionRow>(taxRegions)) {
    const rate = Number((taxRegion.tax_rates ?? []).find((r) => r?.is_default)?.rate ?? 0)
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

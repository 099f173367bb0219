import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

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

/** The region's country when it has only one (where its tax is plain). */
export function onlyCountryOf(region: { countries?: ({ iso_2: string } | null)[] | null } | null | undefined) {
  const countries = (region?.countries ?? []).flatMap((c) => (c ? [c.iso_2.toLowerCase()] : []))
  return countries.length === 1 ? countries[0] : null
}

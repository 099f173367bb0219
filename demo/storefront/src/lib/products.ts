import type { HttpTypes } from "@medusajs/types"
import { isFuture } from "./format"
import { sdk } from "./medusa"

/** What the plugin adds to a product for a customer who may buy it before its public sale. */
export type EarlyAccess = {
  available_from: string
  public_sale_starts_at: string
  max_quantity: number | null
  quantity_scope: "per_product" | "total"
  remaining: number | null
}

/** A store product as the plugin sends it: with its public sale start and the customer's early access. */
export type ShopProduct = HttpTypes.StoreProduct & {
  sale_starts_at?: string | null
  early_access?: EarlyAccess | null
}

const FIELDS = "*variants.calculated_price,*categories"

export async function listProducts(regionId: string) {
  const { products } = await sdk.store.product.list({
    region_id: regionId,
    limit: 100,
    fields: FIELDS,
  })
  return products as ShopProduct[]
}

export async function retrieveProductByHandle(handle: string, regionId: string) {
  const { products } = await sdk.store.product.list({ handle, region_id: regionId, fields: FIELDS })
  return (products[0] as ShopProduct | undefined) ?? null
}

export function variantPrice(variant: HttpTypes.StoreProductVariant) {
  return variant.calculated_price?.calculated_amount ?? null
}

/** The cheapest variant, and whether the others cost more ("from …"). */
export function cheapestVariant(product: ShopProduct) {
  const priced = (product.variants ?? []).filter((v) => variantPrice(v) !== null)
  if (!priced.length) return { variant: null, varies: false }
  const sorted = [...priced].sort((a, b) => variantPrice(a)! - variantPrice(b)!)
  return {
    variant: sorted[0],
    varies: variantPrice(sorted[0]) !== variantPrice(sorted[sorted.length - 1]),
  }
}

/**
 * Whether the shopper can buy the product now: on public sale, or early
 * through a benefit whose date has come. Otherwise when they can.
 */
export function saleStatus(product: ShopProduct): {
  buyable: boolean
  opensAt: string | null
  early: EarlyAccess | null
} {
  const early = product.early_access ?? null
  if (early) {
    const open = !isFuture(early.available_from)
    return { buyable: open, opensAt: open ? null : early.available_from, early }
  }
  if (isFuture(product.sale_starts_at)) {
    return { buyable: false, opensAt: product.sale_starts_at!, early: null }
  }
  return { buyable: true, opensAt: null, early: null }
}

export function categoryName(product: ShopProduct) {
  return product.categories?.[0]?.name ?? null
}

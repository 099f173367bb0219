import { remainingFor } from "./plan"
import { BenefitUse, HeldBenefit } from "./types"

/** What is left of a benefit's limits; null where a limit is unlimited. */
export type BenefitRemaining = {
  /** Further products the benefit may be used on. */
  products: number | null
  /**
   * Items left: in total, or (limit per product) the most left on any one
   * product the benefit may still be used on.
   */
  quantity: number | null
}

/**
 * Sums up what remains of a benefit for staff ("2 of 4 tickets left"),
 * from the usage counted against it and the products it covers. Per-product
 * remainders come from `remainingFor`, as the shopper's offers show them.
 */
export function benefitRemaining(
  benefit: HeldBenefit,
  used: BenefitUse[],
  productIds: string[]
): BenefitRemaining {
  if (benefit.kind === "offer_link") {
    return { products: null, quantity: null }
  }
  const own = used.filter((u) => u.benefit_id === benefit.id && u.quantity > 0)
  const usedProducts = new Set(own.map((u) => u.product_id))
  const products =
    benefit.max_products === null ? null : Math.max(0, benefit.max_products - usedProducts.size)
  if (benefit.max_quantity === null) {
    return { products, quantity: null }
  }
  if (benefit.quantity_scope === "total") {
    const items = own.reduce((sum, u) => sum + u.quantity, 0)
    return { products, quantity: Math.max(0, benefit.max_quantity - items) }
  }
  // Products named through variants only may not be known: then a product
  // not used yet still has the whole limit, while any remain.
  const candidates = productIds.length ? productIds : [...usedProducts]
  const left = candidates.map((id) => remainingFor(benefit, used, id) ?? 0)
  if (!productIds.length && products !== 0) {
    left.push(benefit.max_quantity)
  }
  return { products, quantity: Math.max(0, ...left) }
}

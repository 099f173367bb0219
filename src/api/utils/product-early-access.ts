import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import { remainingFor } from "../../modules/customer-loyalty/benefits"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import type { BenefitQuantityScope } from "../../modules/customer-loyalty/constants"

export type EarlyAccessBlock = {
  /** When this customer may buy (their benefit's early date). */
  available_from: Date | null
  /** When everyone may buy. */
  public_sale_starts_at: Date
  max_quantity: number | null
  quantity_scope: BenefitQuantityScope
  /** Items this customer may still buy early (null: no limit). */
  remaining: number | null
}

export type ProductLike = { id: string; [key: string]: unknown }

/**
 * Adds to products not yet on sale to everyone their `sale_starts_at`, and,
 * for a customer who may buy them early, an `early_access` block.
 */
export async function withSaleStarts<T extends ProductLike>(
  scope: MedusaContainer,
  products: T[],
  customerId: string | null
): Promise<T[]> {
  if (!products.length) {
    return products
  }
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const now = new Date()
  const saleStarts = await loyalty.listProductSaleStarts({
    product_id: products.map((p) => p.id),
    public_sale_starts_at: { $gt: now },
  })
  if (!saleStarts.length) {
    return products
  }
  const startOf = new Map(saleStarts.map((s) => [s.product_id, new Date(s.public_sale_starts_at)]))
  const early = customerId ? await loyalty.listHeldBenefits(customerId, ["early_access"], now) : []
  const used = early.length
    ? await loyalty.listCountedBenefitUsage(
        customerId!,
        early.map((b) => b.id),
        now
      )
    : []

  return products.map((product) => {
    const publicStart = startOf.get(product.id)
    if (!publicStart) {
      return product
    }
    const benefit = early
      .filter((b) => b.product_ids?.includes(product.id))
      .sort(
        (a, b) => (a.early_access_from?.getTime() ?? 0) - (b.early_access_from?.getTime() ?? 0)
      )[0]
    const early_access: EarlyAccessBlock | undefined = benefit && {
      available_from: benefit.early_access_from,
      public_sale_starts_at: publicStart,
      max_quantity: benefit.max_quantity,
      quantity_scope: benefit.quantity_scope,
      remaining: remainingFor(benefit, used, product.id),
    }
    return { ...product, sale_starts_at: publicStart, ...(early_access ? { early_access } : {}) }
  })
}

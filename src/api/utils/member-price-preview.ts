import type { MedusaContainer } from "@medusajs/framework/types"
import { loyaltyService } from "../../workflows/loyalty/steps/resolve-service"

export type MemberPriceLine = {
  variant_id: string
  product_id: string
  product_title: string
  quantity: number
  unit_price: number
  is_tax_inclusive: boolean
  is_discountable: boolean
}

export type MemberPrice = {
  /** What the `quantity` units cost at the member's prices, as the cart would price them. */
  total: number
  /** The price of one unit at the member's best price. */
  unit_price: number
  /** How many of the units get a member price (a benefit's limit may cover fewer). */
  quantity: number
  discount_total: number
  description: string
  adjustments: { amount: number; is_tax_inclusive: boolean }[]
}

/**
 * The member prices the customer's discount benefits would give `quantity`
 * of a variant in a cart now: the same plan the cart's promotion hook
 * writes as adjustments (see hooks/cart-benefit-prices.ts), so a product
 * page and the cart show the same price and the same points. Null for a
 * guest or where no benefit discounts the variant. A discount only ever
 * lowers the price, so a member never pays more than a guest.
 */
export async function memberPriceOf(
  scope: MedusaContainer,
  customerId: string | null | undefined,
  currencyCode: string,
  line: MemberPriceLine
): Promise<MemberPrice | null> {
  if (!customerId) {
    return null
  }
  const itemId = `preview:${line.variant_id}`
  const planned = await loyaltyService(scope).planCartDiscounts({
    customer_id: customerId,
    // No cart: every cart's reservations of the benefits' units count.
    cart_id: itemId,
    currency_code: currencyCode,
    lines: [{ item_id: itemId, ...line }],
    now: new Date(),
  })
  const own = planned.adjustments.filter((a) => a.item_id === itemId && a.amount > 0)
  if (!own.length) {
    return null
  }
  const discountTotal = own.reduce((sum, a) => sum + a.amount, 0)
  const best = Math.max(...own.map((a) => a.amount / a.quantity))
  return {
    total: line.unit_price * line.quantity - discountTotal,
    unit_price: Math.max(0, line.unit_price - best),
    quantity: own.reduce((sum, a) => sum + a.quantity, 0),
    discount_total: discountTotal,
    description: own.map((a) => a.description).join("; "),
    adjustments: own.map((a) => ({ amount: a.amount, is_tax_inclusive: a.is_tax_inclusive })),
  }
}

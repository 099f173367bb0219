import { randomBytes } from "crypto"
import type { BenefitDiscountType } from "../../../modules/customer-loyalty/constants"

/** What a discount benefit's promotion is built from. */
export type DiscountBenefit = {
  id: string
  kind: string
  product_ids?: string[] | null
  variant_ids?: string[] | null
  max_quantity?: number | null
  discount_type?: BenefitDiscountType | null
  discount_value?: number | string | null
  currency_code?: string | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  is_active?: boolean
}

// A promotion that discounts each item needs a per-line ceiling; the
// benefit's own limits are counted per customer, across carts and orders.
const UNLIMITED_ITEMS = 1_000_000

/**
 * A rule no cart context meets: Medusa never applies a benefit's promotion
 * itself (it would price every unit); the plugin writes its adjustments for
 * the units within the customer's limits (workflows/hooks/cart-benefit-prices.ts).
 */
export const APPLIED_BY_PLUGIN_RULE = {
  attribute: "customer_loyalty_member_price",
  operator: "eq" as const,
  values: ["applied by medusa-plugin-customer-loyalty"],
}

/**
 * The promotion that names a discount benefit's price: automatic, only for
 * customers in the owner's mirrored group, on each item of the chosen
 * products or variants; dated through a campaign when the benefit is. The
 * plugin applies it (to the units within the customer's limits), not Medusa.
 * The code says nothing about the flag or tier: shoppers see it in carts.
 */
export function promotionForBenefit(benefit: DiscountBenefit, customerGroupId: string) {
  const code = `BENEFIT-${randomBytes(5).toString("hex").toUpperCase()}`
  const targetRule = benefit.variant_ids?.length
    ? { attribute: "items.variant_id", operator: "in" as const, values: benefit.variant_ids }
    : { attribute: "items.product.id", operator: "in" as const, values: benefit.product_ids ?? [] }
  const dated = !!benefit.starts_at || !!benefit.ends_at
  return {
    code,
    type: "standard" as const,
    status: benefit.is_active === false ? ("inactive" as const) : ("active" as const),
    is_automatic: true,
    application_method: {
      type: benefit.discount_type!,
      target_type: "items" as const,
      allocation: "each" as const,
      value: Number(benefit.discount_value),
      ...(benefit.discount_type === "fixed" ? { currency_code: benefit.currency_code! } : {}),
      max_quantity: benefit.max_quantity ?? UNLIMITED_ITEMS,
      target_rules: [targetRule],
    },
    rules: [
      { attribute: "customer.groups.id", operator: "in" as const, values: [customerGroupId] },
      APPLIED_BY_PLUGIN_RULE,
    ],
    ...(dated
      ? {
          campaign: {
            name: `Benefit ${benefit.id}`,
            campaign_identifier: code,
            starts_at: benefit.starts_at ? new Date(benefit.starts_at) : null,
            ends_at: benefit.ends_at ? new Date(benefit.ends_at) : null,
          },
        }
      : {}),
  }
}

import { model } from "@medusajs/framework/utils"
import { CustomerFlag } from "./customer-flag"
import { CustomerBenefitUsage } from "./customer-benefit-usage"
import { LoyaltyTier } from "./loyalty-tier"
import { BENEFIT_KINDS, BENEFIT_QUANTITY_SCOPES, BENEFIT_DISCOUNT_TYPES } from "../constants"

/**
 * What a flag or a tier (exactly one of them) gives its customers:
 * - `offer_link`: a title, description, URL and/or code shown in the
 *   customer's storefront profile, optionally within dates;
 * - `discount`: a percentage or fixed amount off each item of chosen products
 *   or variants, carried out by a Medusa promotion restricted to the owner's
 *   customer group (`promotion_id`, kept in step by the benefit workflows);
 * - `early_access`: chosen products may be bought from `early_access_from`,
 *   before their public sale start, within limits.
 * Limits: on at most `max_products` products (null: any number), at most
 * `max_quantity` items per product or in total (`quantity_scope`).
 */
export const CustomerBenefit = model.define("customer_benefit", {
  id: model.id({ prefix: "cben" }).primaryKey(),
  flag: model.belongsTo(() => CustomerFlag, { mappedBy: "benefits" }).nullable(),
  tier: model.belongsTo(() => LoyaltyTier, { mappedBy: "benefits" }).nullable(),
  kind: model.enum([...BENEFIT_KINDS]),
  title: model.text(),
  description: model.text().nullable(),
  url: model.text().nullable(),
  code: model.text().nullable(),
  starts_at: model.dateTime().nullable(),
  ends_at: model.dateTime().nullable(),
  product_ids: model.json().nullable(),
  variant_ids: model.json().nullable(),
  max_products: model.number().nullable(),
  max_quantity: model.number().nullable(),
  quantity_scope: model.enum([...BENEFIT_QUANTITY_SCOPES]).default("per_product"),
  early_access_from: model.dateTime().nullable(),
  discount_type: model.enum([...BENEFIT_DISCOUNT_TYPES]).nullable(),
  /** In the currency's main unit, as Medusa's promotions take it (50 = 50 SEK); a percentage is 1–100. */
  discount_value: model.bigNumber().nullable(),
  currency_code: model.text().nullable(),
  promotion_id: model.text().nullable(),
  usages: model.hasMany(() => CustomerBenefitUsage, { mappedBy: "benefit" }),
  is_active: model.boolean().default(true),
  metadata: model.json().nullable(),
})

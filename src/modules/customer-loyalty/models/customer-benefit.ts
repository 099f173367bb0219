import { model } from "@medusajs/framework/utils"
import { CustomerFlag } from "./customer-flag"
import { LoyaltyTier } from "./loyalty-tier"

export const BENEFIT_KINDS = ["discount", "early_access", "offer_link"] as const
export const BENEFIT_QUANTITY_SCOPES = ["per_product", "total"] as const

/**
 * What a flag or a tier (exactly one of them) gives its customers:
 * - `offer_link`: a title, description, URL and/or code shown in the
 *   customer's storefront profile, optionally within dates;
 * - `discount`: a promotion restricted to the owner's customer group over
 *   chosen products or variants (`promotion_id`), within limits;
 * - `early_access`: chosen products may be bought from `early_access_from`,
 *   before their public sale start, within limits.
 * Limits: on at most `max_products` products (null: any number), at most
 * `max_quantity` items per product or in total (`quantity_scope`).
 */
export const CustomerBenefit = model
  .define("customer_benefit", {
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
    promotion_id: model.text().nullable(),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
  })

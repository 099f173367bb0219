import { model } from "@medusajs/framework/utils"
import { CustomerBenefit } from "./customer-benefit"
import { TIER_BASES } from "../constants"

/**
 * A benefit level reached with `min_points` on its basis. Each tier is
 * mirrored by a customer group (`customer_group_id`), kept in step with the
 * accounts' tiers, so Medusa's promotions and price lists can target it.
 */
export const LoyaltyTier = model
  .define("loyalty_tier", {
    id: model.id({ prefix: "ltier" }).primaryKey(),
    name: model.text(),
    min_points: model.number(),
    basis: model.enum([...TIER_BASES]).default("lifetime"),
    rank: model.number(),
    description: model.text().nullable(),
    /**
     * Multiplies the points members on this tier earn from amounts (1.5:
     * half as many again), on top of any earn rule; null means 1.
     */
    points_multiplier: model.bigNumber().nullable(),
    customer_group_id: model.text().nullable(),
    benefits: model.hasMany(() => CustomerBenefit, { mappedBy: "tier" }),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      name: "IDX_loyalty_tier_rank_unique",
      on: ["rank"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

import { model } from "@medusajs/framework/utils"
import { REWARD_KINDS } from "../constants"

/** What a member can redeem points for. `amount` is in the currency's main unit. */
export const LoyaltyReward = model.define("loyalty_reward", {
  id: model.id({ prefix: "lrwd" }).primaryKey(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  points_cost: model.number(),
  kind: model.enum([...REWARD_KINDS]).default("promotion_code"),
  amount: model.bigNumber(),
  currency_code: model.text(),
  is_active: model.boolean().default(true),
})

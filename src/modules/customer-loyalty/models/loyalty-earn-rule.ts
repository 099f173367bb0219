import { model } from "@medusajs/framework/utils"
import { EARN_RULE_TARGETS } from "../constants"

/**
 * Extra points for some purchases: a fixed number of points per item, or a
 * multiplier on the points the amount earns. With dates it is a campaign.
 * `service` targets a bookable product or variant in `booking.completed`.
 */
export const LoyaltyEarnRule = model
  .define("loyalty_earn_rule", {
    id: model.id({ prefix: "lrule" }).primaryKey(),
    name: model.text().searchable(),
    target_type: model.enum([...EARN_RULE_TARGETS]),
    /** Product, variant, collection or category id; null for `all`. */
    target_id: model.text().nullable(),
    points_per_item: model.number().nullable(),
    /** A factor such as 2 or 1.5, applied to the amount's points. */
    multiplier: model.bigNumber().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    is_active: model.boolean().default(true),
  })
  .indexes([{ on: ["target_type", "target_id"], where: "deleted_at IS NULL" }])

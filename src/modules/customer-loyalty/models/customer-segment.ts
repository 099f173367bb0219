import { model } from "@medusajs/framework/utils"
import { CustomerFlag } from "./customer-flag"
import { CustomerSegmentMembership } from "./customer-segment-membership"

/**
 * A saved, rule-based group of customers. `rules` is the condition tree of
 * the HTTP contract; it is compiled to one SQL statement outside this module
 * (the module knows nothing of the customer and order tables) and the
 * outcome is stored as memberships. `member_count` and `last_refreshed_at`
 * describe the last refresh.
 */
export const CustomerSegment = model
  .define("customer_segment", {
    id: model.id({ prefix: "cseg" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    rules: model.json(),
    flag: model.belongsTo(() => CustomerFlag, { mappedBy: "segments" }).nullable(),
    /** Take the flag back from customers who leave (only what the segment gave). */
    remove_flag_on_leave: model.boolean().default(false),
    member_count: model.number().default(0),
    last_refreshed_at: model.dateTime().nullable(),
    /** How long the last refresh's statement took, for the admin and benchmarks. */
    last_refresh_ms: model.number().nullable(),
    memberships: model.hasMany(() => CustomerSegmentMembership, {
      mappedBy: "segment",
    }),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      name: "IDX_customer_segment_name_unique",
      on: ["name"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

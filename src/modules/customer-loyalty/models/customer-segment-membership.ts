import { model } from "@medusajs/framework/utils"
import { CustomerSegment } from "./customer-segment"

/**
 * One period during which a customer was in a segment. A refresh ends the
 * periods of customers who no longer match (`left_at`) and starts new ones
 * for customers who now match, so "who entered this week" is a range query.
 */
export const CustomerSegmentMembership = model
  .define("customer_segment_membership", {
    id: model.id({ prefix: "csegm" }).primaryKey(),
    segment: model.belongsTo(() => CustomerSegment, {
      mappedBy: "memberships",
    }),
    customer_id: model.text(),
    entered_at: model.dateTime(),
    left_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      // A customer is in a segment at most once at a time; also serves the
      // members list and the refresh's comparison with the new member set.
      name: "IDX_customer_segment_membership_current_unique",
      on: ["segment_id", "customer_id"],
      unique: true,
      where: "left_at IS NULL AND deleted_at IS NULL",
    },
    {
      // The members page, newest first (entered_at, then id, both
      // descending: a backward scan), and "entered this week".
      name: "IDX_customer_segment_membership_entered_at",
      on: ["segment_id", "entered_at", "id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_customer_segment_membership_customer_id",
      on: ["customer_id"],
      where: "deleted_at IS NULL",
    },
  ])

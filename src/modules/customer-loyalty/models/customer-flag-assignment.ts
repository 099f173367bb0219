import { model } from "@medusajs/framework/utils"
import { CustomerFlag } from "./customer-flag"
import { FLAG_ASSIGNMENT_SOURCES, FLAG_ASSIGNMENT_END_REASONS } from "../constants"

/**
 * One period during which a customer had a flag. Assignments are never
 * edited after they end: renewing, removing and expiring set `removed_at`
 * (and a new assignment is created on renewal), so the history stays whole.
 */
export const CustomerFlagAssignment = model
  .define("customer_flag_assignment", {
    id: model.id({ prefix: "cflagasg" }).primaryKey(),
    flag: model.belongsTo(() => CustomerFlag, { mappedBy: "assignments" }),
    customer_id: model.text(),
    source: model.enum([...FLAG_ASSIGNMENT_SOURCES]).default("manual"),
    source_id: model.text().nullable(),
    assigned_by: model.text().nullable(),
    assigned_at: model.dateTime(),
    expires_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    // A rule or segment that renewed an assignment staff made keeps staff's
    // source, author and note; what renewed it is recorded here.
    renewal_source: model.enum([...FLAG_ASSIGNMENT_SOURCES]).nullable(),
    renewal_source_id: model.text().nullable(),
    removed_at: model.dateTime().nullable(),
    removed_by: model.text().nullable(),
    removal_reason: model.enum([...FLAG_ASSIGNMENT_END_REASONS]).nullable(),
  })
  .indexes([
    {
      // A customer has a flag at most once at a time.
      name: "IDX_customer_flag_assignment_active_unique",
      on: ["flag_id", "customer_id"],
      unique: true,
      where: "removed_at IS NULL AND deleted_at IS NULL",
    },
    {
      // A purchase rule assigns a flag once per order, even when
      // `order.placed` is delivered twice at the same moment.
      name: "IDX_customer_flag_assignment_purchase_rule_order_unique",
      on: ["flag_id", "customer_id", "source_id"],
      unique: true,
      where: "source = 'purchase_rule' AND deleted_at IS NULL",
    },
    {
      name: "IDX_customer_flag_assignment_customer_id",
      on: ["customer_id"],
      where: "deleted_at IS NULL",
    },
    {
      // Serves the expiry job: only active assignments with an expiry.
      name: "IDX_customer_flag_assignment_due",
      on: ["expires_at"],
      where: "removed_at IS NULL AND deleted_at IS NULL AND expires_at IS NOT NULL",
    },
  ])

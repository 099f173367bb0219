import { model } from "@medusajs/framework/utils"
import { CustomerFlagAssignment } from "./customer-flag-assignment"
import { CustomerBenefit } from "./customer-benefit"
import { CustomerSegment } from "./customer-segment"
import { FLAG_DISPLAY_MODES, FLAG_EXPIRY_TYPES } from "../constants"

/**
 * An internal marker on customers (VIP, Staff, Press…). Each flag is mirrored
 * by a customer group (`customer_group_id`) so that Medusa's promotions and
 * price lists can target flagged customers.
 */
export const CustomerFlag = model
  .define("customer_flag", {
    id: model.id({ prefix: "cflag" }).primaryKey(),
    name: model.text().searchable(),
    abbreviation: model.text(),
    icon: model.text(),
    color: model.text(),
    display: model.enum([...FLAG_DISPLAY_MODES]).default("card"),
    expiry_type: model.enum([...FLAG_EXPIRY_TYPES]).default("none"),
    expiry_date: model.dateTime().nullable(),
    expiry_days: model.number().nullable(),
    description: model.text().nullable(),
    customer_group_id: model.text().nullable(),
    /**
     * Assign the flag automatically on `order.placed` ("Connections"): see
     * `CustomerFlagPurchaseRule` in ../types. Null when the flag has none.
     */
    purchase_rule: model.json().nullable(),
    metadata: model.json().nullable(),
    segments: model.hasMany(() => CustomerSegment, { mappedBy: "flag" }),
    benefits: model.hasMany(() => CustomerBenefit, { mappedBy: "flag" }),
    assignments: model.hasMany(() => CustomerFlagAssignment, {
      mappedBy: "flag",
    }),
  })
  .indexes([
    {
      name: "IDX_customer_flag_name_unique",
      on: ["name"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

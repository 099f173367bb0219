import { model } from "@medusajs/framework/utils"
import { CustomerBenefit } from "./customer-benefit"

/**
 * Items of one product a customer bought with a limited benefit. A row is
 * first a reservation for a cart being completed (`cart_id`, no order yet,
 * counted until `reserved_until`), then usage of the order it became
 * (`order_id`); a cancelled order gives its usage back (`released_at`).
 * Benefit limits are counted over the rows not released.
 */
export const CustomerBenefitUsage = model
  .define("customer_benefit_usage", {
    id: model.id({ prefix: "cbenu" }).primaryKey(),
    benefit: model.belongsTo(() => CustomerBenefit, { mappedBy: "usages" }),
    customer_id: model.text(),
    product_id: model.text(),
    quantity: model.number(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    reserved_until: model.dateTime().nullable(),
    released_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_customer_benefit_usage_customer",
      on: ["customer_id", "benefit_id"],
      where: "deleted_at IS NULL",
    },
    {
      // One usage row per order, benefit and product: a redelivered
      // order.placed cannot count an order twice.
      name: "IDX_customer_benefit_usage_order_unique",
      on: ["order_id", "benefit_id", "product_id"],
      unique: true,
      where: "deleted_at IS NULL AND order_id IS NOT NULL",
    },
    {
      name: "IDX_customer_benefit_usage_cart",
      on: ["cart_id"],
      where: "deleted_at IS NULL AND cart_id IS NOT NULL",
    },
  ])

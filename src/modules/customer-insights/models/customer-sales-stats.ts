import { model } from "@medusajs/framework/utils"

/**
 * What a customer has bought in one currency: kept per customer as their
 * orders are placed, cancelled or changed (and rebuilt in one statement),
 * so the customer overview can sort and filter 100,000 customers by sales
 * without adding up a million orders on every page.
 */
export const CustomerSalesStats = model
  .define("customer_sales_stats", {
    id: model.id({ prefix: "csst" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    sales_total: model.bigNumber(),
    order_count: model.number(),
    first_order_at: model.dateTime().nullable(),
    last_order_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_customer_sales_stats_customer_currency_unique",
      on: ["customer_id", "currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_customer_sales_stats_currency_total",
      on: ["currency_code", "sales_total"],
      where: "deleted_at IS NULL",
    },
  ])

import { model } from "@medusajs/framework/utils"

/**
 * One line of an order that counts (see CustomerOrderFact): what was
 * bought, by whom, when and how many, for the purchase rules of segments
 * and flags. `item_id` is the order line item; `quantity` the line's
 * quantity in the order's current version. Lines without a product or
 * variant are left out: no purchase rule can match them. Collections and
 * categories are not copied here: a rule reads the catalogue as it is now,
 * so a product moved to another collection needs no rewrite of its sales.
 */
export const CustomerOrderLineFact = model
  .define("customer_order_line_fact", {
    item_id: model.text().primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    placed_at: model.dateTime(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    quantity: model.bigNumber(),
  })
  .indexes([
    // Those on product and variant are covering (INCLUDE customer, order,
    // quantity: Migration20261204172000), for index-only purchase aggregates.
    // An order's lines are replaced as one.
    { name: "IDX_customer_order_line_fact_order", on: ["order_id"], where: null },
    // A customer's purchases (flag purchase rules), and forgetting a customer.
    {
      name: "IDX_customer_order_line_fact_customer_placed",
      on: ["customer_id", "placed_at"],
      where: null,
    },
    // Who bought these products, or these variants, within a window.
    {
      name: "IDX_customer_order_line_fact_product_placed",
      on: ["product_id", "placed_at"],
      where: null,
    },
    {
      name: "IDX_customer_order_line_fact_variant_placed",
      on: ["variant_id", "placed_at"],
      where: null,
    },
  ])

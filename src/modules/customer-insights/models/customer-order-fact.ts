import { model } from "@medusajs/framework/utils"

/**
 * One order that counts (placed, not a draft, not canceled, with a
 * customer), narrowed to what the sales figures and segment rules add up:
 * who, when, in which currency, its current total and how many items.
 * Derived from the order module, kept by the order events and rebuilt from
 * the orders; an order that stops counting loses its row (rows are deleted,
 * never soft-deleted).
 *
 * `placed_at` is the order's `created_at`, as everything else in the plugin
 * dates an order. `total` is the summary's `current_order_total` of the
 * order's current version, in the currency's main unit as Medusa's amounts
 * are, so edits, returns, claims and exchanges show; `item_count` adds the
 * quantities of its current items.
 */
export const CustomerOrderFact = model
  .define("customer_order_fact", {
    order_id: model.text().primaryKey(),
    customer_id: model.text(),
    placed_at: model.dateTime(),
    currency_code: model.text(),
    total: model.bigNumber(),
    item_count: model.bigNumber(),
  })
  .indexes([
    {
      // Every per-customer figure (sales, counts, first and last order, the
      // same within a window) reads this index alone.
      name: "IDX_customer_order_fact_customer_placed",
      on: ["customer_id", "placed_at", "currency_code", "total"],
      where: null,
    },
  ])

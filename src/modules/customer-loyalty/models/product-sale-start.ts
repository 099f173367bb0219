import { model } from "@medusajs/framework/utils"

/**
 * When a product goes on sale to everyone. Before that moment only
 * customers with an `early_access` benefit on the product may buy it, from
 * the benefit's own date.
 */
export const ProductSaleStart = model
  .define("product_sale_start", {
    id: model.id({ prefix: "psale" }).primaryKey(),
    product_id: model.text(),
    public_sale_starts_at: model.dateTime(),
  })
  .indexes([
    {
      name: "IDX_product_sale_start_product_unique",
      on: ["product_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

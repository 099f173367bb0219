import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

/** A product's public sale start, kept by the plugin (`product_sale_start.product_id`). */
export default defineLink(
  {
    linkable: CustomerLoyaltyModule.linkable.productSaleStart,
    field: "product_id",
  },
  ProductModule.linkable.product,
  { readOnly: true }
)

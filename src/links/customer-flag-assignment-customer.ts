import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

export default defineLink(
  {
    linkable: CustomerLoyaltyModule.linkable.customerFlagAssignment,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

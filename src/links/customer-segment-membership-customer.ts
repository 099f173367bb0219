import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

/** Lets the members list read each membership's customer with `query.graph`. */
export default defineLink(
  {
    linkable: CustomerLoyaltyModule.linkable.customerSegmentMembership,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

/** The customer group that mirrors a flag (kept in step by the flag workflows). */
export default defineLink(
  {
    linkable: CustomerLoyaltyModule.linkable.customerFlag,
    field: "customer_group_id",
  },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)

import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

/** The customer group that mirrors a tier (kept in step by the tier workflows). */
export default defineLink(
  {
    linkable: CustomerLoyaltyModule.linkable.loyaltyTier,
    field: "customer_group_id",
  },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)

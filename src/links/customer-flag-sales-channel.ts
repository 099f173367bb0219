import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

/** The sales channels a flag belongs to; a flag with none belongs to all. */
export default defineLink(
  CustomerLoyaltyModule.linkable.customerFlag,
  {
    linkable: SalesChannelModule.linkable.salesChannel,
    isList: true,
  }
)

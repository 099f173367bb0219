import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import CustomerLoyaltyModule from "../modules/customer-loyalty"

/**
 * The sales channels a flag belongs to; a flag with none belongs to all.
 * Many-to-many: a flag may belong to several channels and a channel hold
 * many flags. `isList` only changes how links are checked and queried, not
 * the link table, so existing links are kept as they are.
 */
export default defineLink(
  {
    linkable: CustomerLoyaltyModule.linkable.customerFlag,
    isList: true,
  },
  {
    linkable: SalesChannelModule.linkable.salesChannel,
    isList: true,
  }
)

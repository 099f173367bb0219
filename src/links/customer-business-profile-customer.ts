import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerInsightsModule from "../modules/customer-insights"

export default defineLink(
  {
    linkable: CustomerInsightsModule.linkable.customerBusinessProfile,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

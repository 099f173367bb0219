import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_INSIGHTS_MODULE } from "../../../../modules/customer-insights"
import type CustomerInsightsModuleService from "../../../../modules/customer-insights/service"

export const insightsService = (container: MedusaContainer) =>
  container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)

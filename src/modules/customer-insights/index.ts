import { Module } from "@medusajs/framework/utils"
import CustomerInsightsModuleService from "./service"

export const CUSTOMER_INSIGHTS_MODULE = "customerInsights"

export default Module(CUSTOMER_INSIGHTS_MODULE, {
  service: CustomerInsightsModuleService,
})

export { CustomerInsightsModuleService }
export * from "./models"
export * from "./constants"
export * from "./events"

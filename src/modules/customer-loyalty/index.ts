import { Module } from "@medusajs/framework/utils"
import CustomerLoyaltyModuleService from "./service"

export const CUSTOMER_LOYALTY_MODULE = "customerLoyalty"

export default Module(CUSTOMER_LOYALTY_MODULE, {
  service: CustomerLoyaltyModuleService,
})

export * from "./constants"
export * from "./types"
export * from "./utils"
export * from "./events"
export * from "./points"
export * from "./options"
export * from "./segments"
export { CustomerLoyaltyModuleService }
export * from "./messages"
export type { LoyaltyMessageKind, LoyaltyMessageWrite } from "./messages/store"
export type { SqlQuery, CopyExportQuery } from "./statements"

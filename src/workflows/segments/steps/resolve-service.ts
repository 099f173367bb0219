import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export const loyaltyService = (container: MedusaContainer) =>
  container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

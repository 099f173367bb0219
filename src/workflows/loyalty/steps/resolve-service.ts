import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export const loyaltyService = (container: MedusaContainer) =>
  container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

/** One record as a generated `create…` method of the service takes it (also what `update…` takes). */
export type LoyaltyServiceInput<M extends `create${string}` & keyof CustomerLoyaltyModuleService> =
  CustomerLoyaltyModuleService[M] extends (data: (infer T)[], ...rest: never[]) => unknown
    ? T
    : never

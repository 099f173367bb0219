import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export const softDeleteCustomerFlagsStepId = "soft-delete-customer-flags"

export const softDeleteCustomerFlagsStep = createStep(
  softDeleteCustomerFlagsStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await service.softDeleteCustomerFlags(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await service.restoreCustomerFlags(ids)
  }
)

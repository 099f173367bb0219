import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import type { FlagDisplayMode, FlagExpiryType } from "../../../modules/customer-loyalty/constants"

export type CreateCustomerFlagRow = {
  name: string
  abbreviation: string
  icon: string
  color: string
  display?: FlagDisplayMode
  expiry_type: FlagExpiryType
  expiry_date: Date | null
  expiry_days: number | null
  description?: string | null
  customer_group_id: string
  metadata?: Record<string, unknown> | null
}

export const createCustomerFlagsStepId = "create-customer-flags"

export const createCustomerFlagsStep = createStep(
  createCustomerFlagsStepId,
  async (data: CreateCustomerFlagRow[], { container }) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const flags = await service.createCustomerFlags(data)
    return new StepResponse(
      flags,
      flags.map((flag) => flag.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await service.deleteCustomerFlags(ids)
  }
)

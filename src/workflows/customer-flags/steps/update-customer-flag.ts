import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import type { FlagDisplayMode, FlagExpiryType } from "../../../modules/customer-loyalty/constants"

export type UpdateCustomerFlagRow = {
  id: string
  name?: string
  abbreviation?: string
  icon?: string
  color?: string
  display?: FlagDisplayMode
  expiry_type?: FlagExpiryType
  expiry_date?: Date | null
  expiry_days?: number | null
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export const updateCustomerFlagStepId = "update-customer-flag"

/** Updates one flag; the compensation writes back the fields it changed. */
export const updateCustomerFlagStep = createStep(
  updateCustomerFlagStepId,
  async (data: UpdateCustomerFlagRow, { container }) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveCustomerFlag(data.id, {
      select: ["id", ...fields],
    })
    const updated = await service.updateCustomerFlags(data)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await service.updateCustomerFlags(before as UpdateCustomerFlagRow)
  }
)

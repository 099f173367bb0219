import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export const expireDueFlagAssignmentsStepId = "expire-due-flag-assignments"

/** Ends every due assignment in one set-based statement. */
export const expireDueFlagAssignmentsStep = createStep(
  expireDueFlagAssignmentsStepId,
  async (input: { now?: Date }, { container }) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const expired = await service.expireDueFlagAssignments(
      input.now ? new Date(input.now) : new Date()
    )
    return new StepResponse(
      expired,
      expired.map(({ id }) => id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    await service.reactivateFlagAssignments(ids)
  }
)

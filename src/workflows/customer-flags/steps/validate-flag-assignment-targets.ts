import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { CustomerFlagDTO } from "../../../modules/customer-loyalty/types"

export type ValidateFlagAssignmentTargetsInput = {
  flag_ids: string[]
  customer_ids: string[]
}

export const validateFlagAssignmentTargetsStepId = "validate-flag-assignment-targets"

/** Refuses unknown flags or customers with a 404 before anything is written. */
export const validateFlagAssignmentTargetsStep = createStep(
  validateFlagAssignmentTargetsStepId,
  async (input: ValidateFlagAssignmentTargetsInput, { container }) => {
    const flagIds = [...new Set(input.flag_ids)]
    const customerIds = [...new Set(input.customer_ids)]
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const flags = await service.listCustomerFlags({ id: flagIds })
    const missingFlag = flagIds.find((id) => !flags.some((f) => f.id === id))
    if (missingFlag) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer flag with id: ${missingFlag} was not found`
      )
    }

    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { id: customerIds },
    })
    const missingCustomer = customerIds.find(
      (id) => !customers.some((c: { id: string }) => c.id === id)
    )
    if (missingCustomer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${missingCustomer} was not found`
      )
    }

    return new StepResponse(flags as unknown as CustomerFlagDTO[])
  }
)

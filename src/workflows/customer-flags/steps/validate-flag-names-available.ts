import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export type ValidateFlagNamesAvailableInput = {
  names: string[]
  /** The flag being renamed, which may keep its own name. */
  except_id?: string
}

export const validateFlagNamesAvailableStepId = "validate-flag-names-available"

/**
 * Flag names are unique (they name the mirrored customer group too), so a
 * taken name is refused with a conflict before anything is written.
 */
export const validateFlagNamesAvailableStep = createStep(
  validateFlagNamesAvailableStepId,
  async (input: ValidateFlagNamesAvailableInput, { container }) => {
    const seen = new Set<string>()
    for (const name of input.names) {
      if (seen.has(name)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Customer flag name '${name}' is given more than once`
        )
      }
      seen.add(name)
    }
    if (!input.names.length) {
      return
    }

    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const taken = await service.listCustomerFlags({ name: input.names }, { select: ["id", "name"] })
    const clash = taken.find((flag) => flag.id !== input.except_id)
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A customer flag named '${clash.name}' already exists`
      )
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { BenefitOwner } from "./types"

export const validateBenefitOwnerStepId = "validate-benefit-owner"

/**
 * A benefit belongs to exactly one flag or tier, which must exist (404).
 * Returns the owner's mirrored customer group, which a discount targets.
 */
export const validateBenefitOwnerStep = createStep(
  validateBenefitOwnerStepId,
  async (owner: BenefitOwner, { container }) => {
    if (!!owner.flag_id === !!owner.tier_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A benefit belongs to exactly one flag or one tier"
      )
    }
    const service = loyaltyService(container)
    const found = owner.flag_id
      ? await service.retrieveCustomerFlag(owner.flag_id, { select: ["id", "customer_group_id"] })
      : await service.retrieveLoyaltyTier(owner.tier_id!, { select: ["id", "customer_group_id"] })
    return new StepResponse({ customer_group_id: found.customer_group_id ?? null })
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type BenefitOwner = { flag_id?: string | null; tier_id?: string | null }

export type BenefitData = BenefitOwner & {
  kind: "discount" | "early_access" | "offer_link"
  title: string
  description?: string | null
  url?: string | null
  code?: string | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export const validateBenefitOwnerStepId = "validate-benefit-owner"

/** A benefit belongs to exactly one flag or tier, which must exist (404). */
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
    if (owner.flag_id) {
      await service.retrieveCustomerFlag(owner.flag_id, { select: ["id"] })
    } else {
      await service.retrieveLoyaltyTier(owner.tier_id!, { select: ["id"] })
    }
  }
)

export const createBenefitStepId = "create-customer-benefit"

export const createBenefitStep = createStep(
  createBenefitStepId,
  async (data: BenefitData, { container }) => {
    const benefit = await loyaltyService(container).createCustomerBenefits(data as any)
    return new StepResponse(benefit, benefit.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteCustomerBenefits([id])
    }
  }
)

export const updateBenefitStepId = "update-customer-benefit"

/** Updates one benefit; the compensation writes back the fields it changed. */
export const updateBenefitStep = createStep(
  updateBenefitStepId,
  async (data: { id: string } & Partial<BenefitData>, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveCustomerBenefit(data.id, {
      select: ["id", ...fields],
    })
    const updated = await service.updateCustomerBenefits(data as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateCustomerBenefits(before as any)
    }
  }
)

export const deleteBenefitsStepId = "delete-customer-benefits"

export const deleteBenefitsStep = createStep(
  deleteBenefitsStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteCustomerBenefits(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreCustomerBenefits(ids)
    }
  }
)

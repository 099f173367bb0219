import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { benefitProblems, BenefitShape } from "../benefit-rules"

export type BenefitOwner = { flag_id?: string | null; tier_id?: string | null }

/** A benefit as created: its owner, its kind's fields (see `BenefitShape`) and how it reads. */
export type BenefitData = BenefitOwner &
  BenefitShape & {
    title: string
    description?: string | null
    quantity_scope?: "per_product" | "total"
    is_active?: boolean
    metadata?: Record<string, unknown> | null
  }

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

export const validateBenefitShapeStepId = "validate-benefit-shape"

/** Refuses a benefit whose fields do not fit its kind (400 naming the field). */
export const validateBenefitShapeStep = createStep(
  validateBenefitShapeStepId,
  async (benefit: BenefitShape) => {
    const [problem, ...others] = benefitProblems(benefit)
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        [problem, ...others].map((p) => p.message).join("; ")
      )
    }
  }
)

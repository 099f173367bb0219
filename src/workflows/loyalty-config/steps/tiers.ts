import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type TierRow = {
  name: string
  min_points: number
  basis: "lifetime" | "rolling_12_months"
  rank: number
  description?: string | null
  /** Multiplies the points members on the tier earn from amounts; null = 1. */
  points_multiplier?: number | null
  /** The tier's mirror group, set by the create workflow. */
  customer_group_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * The rank is unique (a partial unique index). The database error becomes a
 * conflict naming the rank, which also covers two requests at once.
 */
async function withRankConflict<T>(rank: number | undefined, fn: () => Promise<T>) {
  try {
    return await fn()
  } catch (error) {
    if (/already exists/.test((error as Error)?.message ?? "")) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A loyalty tier with rank ${rank} already exists`
      )
    }
    throw error
  }
}

export const createLoyaltyTierStepId = "create-loyalty-tier"

export const createLoyaltyTierStep = createStep(
  createLoyaltyTierStepId,
  async (data: TierRow, { container }) => {
    const tier = await withRankConflict(data.rank, () =>
      loyaltyService(container).createLoyaltyTiers(data)
    )
    return new StepResponse(tier, tier.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteLoyaltyTiers(id)
    }
  }
)

export const updateLoyaltyTierStepId = "update-loyalty-tier"

/** Updates one tier; the compensation writes back the fields it changed. */
export const updateLoyaltyTierStep = createStep(
  updateLoyaltyTierStepId,
  async (data: Partial<TierRow> & { id: string }, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveLoyaltyTier(data.id, {
      select: ["id", ...fields],
    })
    const updated = await withRankConflict(data.rank, () =>
      service.updateLoyaltyTiers(data)
    )
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateLoyaltyTiers(before as any)
    }
  }
)

export const softDeleteLoyaltyTiersStepId = "soft-delete-loyalty-tiers"

export const softDeleteLoyaltyTiersStep = createStep(
  softDeleteLoyaltyTiersStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteLoyaltyTiers(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreLoyaltyTiers(ids)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const expirePointsStepId = "expire-loyalty-points"

/** Expires what is left of every due lot (set-based, in batches). */
export const expirePointsStep = createStep(
  expirePointsStepId,
  async (input: { now?: Date }, { container }) => {
    const expired = await loyaltyService(container).expirePoints(
      input.now ? new Date(input.now) : new Date()
    )
    return new StepResponse(
      expired,
      expired.map((lot) => lot.id)
    )
  },
  async (lotIds, { container }) => {
    if (!lotIds?.length) {
      return
    }
    const service = loyaltyService(container)
    const entries = await service.listLoyaltyEntries(
      { idempotency_key: lotIds.map((id) => `expire:${id}`) },
      { select: ["id"] }
    )
    for (const entry of entries) {
      await service.rollbackLoyaltyEntry(entry.id)
    }
  }
)

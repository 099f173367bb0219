import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const releasePendingPointsStepId = "release-pending-loyalty-points"

/** Makes every due pending lot available, in one statement. */
export const releasePendingPointsStep = createStep(
  releasePendingPointsStepId,
  async (input: { now?: Date }, { container }) => {
    const released = await loyaltyService(container).releasePendingPoints(
      input.now ? new Date(input.now) : new Date()
    )
    return new StepResponse(released, released)
  },
  async (released, { container }) => {
    if (released?.length) {
      await loyaltyService(container).restorePendingPoints(released)
    }
  }
)

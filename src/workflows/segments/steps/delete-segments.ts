import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const deleteSegmentsStepId = "delete-segments"

/** Soft-deletes segments (memberships stay as history); the compensation restores them. */
export const deleteSegmentsStep = createStep(
  deleteSegmentsStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteCustomerSegments(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreCustomerSegments(ids)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { insightsService } from "../../profile/steps/insights-service"

export const deleteCustomerNoteStepId = "soft-delete-customer-note"

/**
 * Deletes a note softly, recording who did: it leaves the customer page and
 * stays in the history. The compensation restores it.
 */
export const deleteCustomerNoteStep = createStep(
  deleteCustomerNoteStepId,
  async (input: { id: string; deleted_by: string }, { container }) => {
    const service = insightsService(container)
    await service.updateCustomerNotes({ id: input.id, deleted_by: input.deleted_by })
    await service.softDeleteCustomerNotes([input.id])
    return new StepResponse(void 0, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = insightsService(container)
    await service.restoreCustomerNotes([id])
    await service.updateCustomerNotes({ id, deleted_by: null })
  }
)

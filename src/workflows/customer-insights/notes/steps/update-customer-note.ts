import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { InsightsServiceInput, insightsService } from "../../profile/steps/insights-service"

export type NoteRevision = { body: string; replaced_at: string }

export const updateCustomerNoteStepId = "change-customer-note-text"

/**
 * Replaces a note's text and keeps the earlier one in `revisions` (oldest
 * first), under the note's row lock so that parallel edits each keep the
 * text they replace. The same text again changes nothing. The compensation
 * writes back the text, edit time and revisions it replaced.
 */
export const updateCustomerNoteStep = createStep(
  updateCustomerNoteStepId,
  async (input: { id: string; body: string }, { container }) => {
    const service = insightsService(container)
    const before = await service.reviseCustomerNote(input)
    const note = await service.retrieveCustomerNote(input.id)
    return new StepResponse(note, before ?? undefined)
  },
  async (before, { container }) => {
    if (before) {
      // JSON arrays are replaced whole by an update, not merged. (Medusa
      // types a JSON column as an object; `revisions` is a list.)
      await insightsService(container).updateCustomerNotes(
        before as InsightsServiceInput<"createCustomerNotes">
      )
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { insightsService } from "../../profile/steps/insights-service"

export type NoteRevision = { body: string; replaced_at: string }

export const updateCustomerNoteStepId = "change-customer-note-text"

/**
 * Replaces a note's text and keeps the earlier one in `revisions` (oldest
 * first). The same text again changes nothing. The compensation writes back
 * the text, edit time and revisions it replaced.
 */
export const updateCustomerNoteStep = createStep(
  updateCustomerNoteStepId,
  async (input: { id: string; body: string }, { container }) => {
    const service = insightsService(container)
    const current = await service.retrieveCustomerNote(input.id)
    if (current.body === input.body) {
      return new StepResponse(current)
    }
    const now = new Date()
    const revisions = [
      ...((current.revisions as NoteRevision[] | null) ?? []),
      { body: current.body, replaced_at: now.toISOString() },
    ]
    const updated = await service.updateCustomerNotes({
      id: input.id,
      body: input.body,
      edited_at: now,
      revisions: revisions as any,
    })
    return new StepResponse(updated, {
      id: current.id,
      body: current.body,
      edited_at: current.edited_at,
      revisions: current.revisions,
    })
  },
  async (before, { container }) => {
    if (before) {
      // JSON arrays are replaced whole by an update, not merged.
      await insightsService(container).updateCustomerNotes(before as any)
    }
  }
)

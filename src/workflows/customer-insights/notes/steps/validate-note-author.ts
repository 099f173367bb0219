import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { insightsService } from "../../profile/steps/insights-service"

export type ValidateNoteAuthorStepInput = {
  id: string
  customer_id: string
  /** The admin user editing or deleting the note. */
  actor_id: string
}

export const validateNoteAuthorStepId = "validate-customer-note-author"

/**
 * A note is changed only through its own customer (another customer's or a
 * deleted note: 404) and only by its author (403).
 */
export const validateNoteAuthorStep = createStep(
  validateNoteAuthorStepId,
  async (input: ValidateNoteAuthorStepInput, { container }) => {
    const [note] = await insightsService(container).listCustomerNotes({
      id: input.id,
      customer_id: input.customer_id,
    })
    if (!note) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Note with id: ${input.id} was not found`)
    }
    if (note.author_id !== input.actor_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only the author can edit or delete a note"
      )
    }
    return new StepResponse(note)
  }
)

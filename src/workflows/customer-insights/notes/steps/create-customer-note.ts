import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { insightsService } from "../../profile/steps/insights-service"

export type CreateCustomerNoteStepInput = { customer_id: string; body: string; author_id: string }

export const createCustomerNoteStepId = "add-customer-note"

export const createCustomerNoteStep = createStep(
  createCustomerNoteStepId,
  async (input: CreateCustomerNoteStepInput, { container }) => {
    const note = await insightsService(container).createCustomerNotes(input)
    return new StepResponse(note, note.id)
  },
  async (id, { container }) => {
    if (id) {
      await insightsService(container).deleteCustomerNotes([id])
    }
  }
)

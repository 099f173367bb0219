import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCustomerNoteStep, validateNoteAuthorStep } from "../steps"

export type UpdateCustomerNoteWorkflowInput = {
  id: string
  customer_id: string
  body: string
  /** The admin user editing; only the author may. */
  actor_id: string
}

export const updateCustomerNoteWorkflowId = "update-customer-note"

/**
 * Changes the text of a note; the earlier text is kept in its revisions.
 * Another customer's note or an unknown one: 404; someone else's note: 403.
 *
 * @example
 * await updateCustomerNoteWorkflow(container).run({
 *   input: { id: "cnote_123", customer_id: "cus_123", body: "Invoices by email now", actor_id: "user_123" },
 * })
 */
export const updateCustomerNoteWorkflow = createWorkflow(
  updateCustomerNoteWorkflowId,
  (input: UpdateCustomerNoteWorkflowInput) => {
    validateNoteAuthorStep(input)
    const note = updateCustomerNoteStep(
      transform({ input }, ({ input }) => ({ id: input.id, body: input.body }))
    )
    return new WorkflowResponse(note)
  }
)

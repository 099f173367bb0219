import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomerNoteStep, validateNoteAuthorStep } from "../steps"

export type DeleteCustomerNoteWorkflowInput = {
  id: string
  customer_id: string
  /** The admin user deleting; only the author may. */
  actor_id: string
}

export const deleteCustomerNoteWorkflowId = "delete-customer-note"

/**
 * Deletes a note softly (it stays in the history with who deleted it).
 * Another customer's note or an unknown one: 404; someone else's note: 403.
 *
 * @example
 * await deleteCustomerNoteWorkflow(container).run({
 *   input: { id: "cnote_123", customer_id: "cus_123", actor_id: "user_123" },
 * })
 */
export const deleteCustomerNoteWorkflow = createWorkflow(
  deleteCustomerNoteWorkflowId,
  (input: DeleteCustomerNoteWorkflowInput) => {
    validateNoteAuthorStep(input)
    deleteCustomerNoteStep(
      transform({ input }, ({ input }) => ({ id: input.id, deleted_by: input.actor_id }))
    )
    return new WorkflowResponse(void 0)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCustomerExistsStep } from "../../profile/steps"
import {
  createCustomerNoteStep,
  deleteCustomerNoteStep,
  updateCustomerNoteStep,
  validateNoteAuthorStep,
} from "../steps"

export type CreateCustomerNoteWorkflowInput = {
  customer_id: string
  body: string
  /** The admin user writing it. */
  author_id: string
}

export const createCustomerNoteWorkflowId = "create-customer-note"

/**
 * Adds a staff note to a customer (404 for an unknown customer).
 *
 * @example
 * await createCustomerNoteWorkflow(container).run({
 *   input: { customer_id: "cus_123", body: "Prefers invoices by post", author_id: "user_123" },
 * })
 */
export const createCustomerNoteWorkflow = createWorkflow(
  createCustomerNoteWorkflowId,
  (input: CreateCustomerNoteWorkflowInput) => {
    validateCustomerExistsStep(input.customer_id)
    return new WorkflowResponse(createCustomerNoteStep(input))
  }
)

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

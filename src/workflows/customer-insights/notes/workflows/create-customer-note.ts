import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCustomerExistsStep } from "../../profile/steps"
import { createCustomerNoteStep } from "../steps"

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

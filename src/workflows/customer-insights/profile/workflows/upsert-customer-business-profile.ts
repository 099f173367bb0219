import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  BusinessProfileFields,
  upsertBusinessProfileStep,
  validateBusinessProfileStep,
  validateCustomerExistsStep,
} from "../steps"

export type UpsertCustomerBusinessProfileWorkflowInput = {
  customer_id: string
} & BusinessProfileFields

export const upsertCustomerBusinessProfileWorkflowId = "upsert-customer-business-profile"

/**
 * Creates a customer's B2B profile or changes any of its fields (null clears
 * one). Unknown customers are refused with a 404, an amount without a
 * currency with a 400.
 *
 * @example
 * await upsertCustomerBusinessProfileWorkflow(container).run({
 *   input: {
 *     customer_id: "cus_123",
 *     company: "Nordlys AS",
 *     organisation_number: "923 456 789",
 *     allowed_outstanding_amount: 50000,
 *     currency_code: "nok",
 *     max_payment_days: 30,
 *     risk_rating: "low",
 *   },
 * })
 */
export const upsertCustomerBusinessProfileWorkflow = createWorkflow(
  upsertCustomerBusinessProfileWorkflowId,
  (input: UpsertCustomerBusinessProfileWorkflowInput) => {
    validateCustomerExistsStep(input.customer_id)
    const step = transform({ input }, ({ input }) => {
      const { customer_id, ...data } = input
      return { customer_id, data }
    })
    validateBusinessProfileStep(step)
    const profile = upsertBusinessProfileStep(step)
    return new WorkflowResponse(profile)
  }
)

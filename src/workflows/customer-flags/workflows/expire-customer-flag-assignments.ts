import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerFlagEvents } from "../../../modules/customer-loyalty"
import { expireDueFlagAssignmentsStep, removeCustomersFromFlagGroupsStep } from "../steps"

export type ExpireCustomerFlagAssignmentsWorkflowInput = {
  /** The moment to expire up to; defaults to now. */
  now?: Date
}

export const expireCustomerFlagAssignmentsWorkflowId = "expire-customer-flag-assignments"

/**
 * Ends every assignment whose expiry has passed (one SQL statement), takes
 * those customers out of the flags' customer groups and emits
 * `customer_flag.expired` for each.
 */
export const expireCustomerFlagAssignmentsWorkflow = createWorkflow(
  expireCustomerFlagAssignmentsWorkflowId,
  (input: ExpireCustomerFlagAssignmentsWorkflowInput) => {
    const expired = expireDueFlagAssignmentsStep(input)
    removeCustomersFromFlagGroupsStep(expired)
    emitEventStep({ eventName: CustomerFlagEvents.EXPIRED, data: expired })

    return new WorkflowResponse(expired)
  }
)

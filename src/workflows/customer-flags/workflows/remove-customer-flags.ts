import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerFlagEvents } from "../../../modules/customer-loyalty"
import { endFlagAssignmentsStep, removeCustomersFromFlagGroupsStep } from "../steps"
import { acquireFlagAssignmentLocks, releaseFlagAssignmentLocks } from "./flag-assignment-locks"

export type RemoveCustomerFlagsWorkflowInput = {
  pairs: { flag_id: string; customer_id: string }[]
  /** Who removed them, e.g. an admin user id. */
  removed_by?: string | null
}

export const removeCustomerFlagsWorkflowId = "remove-customer-flags"

/**
 * Takes flags off customers: the active assignments end (kept as history)
 * and the customers leave the flags' customer groups. Runs under the same
 * per-(flag, customer) locks as `assignCustomerFlagsWorkflow`.
 *
 * @example
 * await removeCustomerFlagsWorkflow(container).run({
 *   input: { pairs: [{ flag_id: "cflag_123", customer_id: "cus_123" }] },
 * })
 */
export const removeCustomerFlagsWorkflow = createWorkflow(
  removeCustomerFlagsWorkflowId,
  (input: RemoveCustomerFlagsWorkflowInput) => {
    const locks = acquireFlagAssignmentLocks(input.pairs)
    const ended = endFlagAssignmentsStep({
      pairs: input.pairs,
      reason: "removed",
      removed_by: input.removed_by,
    })
    removeCustomersFromFlagGroupsStep(ended)
    emitEventStep({ eventName: CustomerFlagEvents.REMOVED, data: ended })
    releaseFlagAssignmentLocks(locks)

    return new WorkflowResponse(ended)
  }
)

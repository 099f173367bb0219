import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { CustomerFlagEvents } from "../../../modules/customer-loyalty"
import {
  endFlagAssignmentsStep,
  removeCustomersFromFlagGroupsStep,
} from "../steps"
import {
  FLAG_ASSIGNMENT_LOCK_RETRY_SECONDS,
  FLAG_ASSIGNMENT_LOCK_TIMEOUT_SECONDS,
  FLAG_ASSIGNMENT_LOCK_TTL_SECONDS,
  flagAssignmentLocks,
} from "./flag-assignment-locks"

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
    const locks = transform({ input }, ({ input }) => flagAssignmentLocks(input.pairs))
    acquireLockStep({
      key: locks.keys,
      ownerId: locks.owner_id,
      timeout: FLAG_ASSIGNMENT_LOCK_TIMEOUT_SECONDS,
      retryInterval: FLAG_ASSIGNMENT_LOCK_RETRY_SECONDS,
      ttl: FLAG_ASSIGNMENT_LOCK_TTL_SECONDS,
      executeOnSubWorkflow: true,
    })
    const ended = endFlagAssignmentsStep({
      pairs: input.pairs,
      reason: "removed",
      removed_by: input.removed_by,
    })
    removeCustomersFromFlagGroupsStep(ended)
    emitEventStep({ eventName: CustomerFlagEvents.REMOVED, data: ended })
    releaseLockStep({ key: locks.keys, ownerId: locks.owner_id, executeOnSubWorkflow: true })

    return new WorkflowResponse(ended)
  }
)

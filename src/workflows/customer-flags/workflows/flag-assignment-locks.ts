import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { FlagCustomerPair } from "../steps/flag-group-pairs"

type FlagAssignmentLocks = { keys: string[]; owner_id: string }

/** How long a call waits for another change to the same flag on a customer. */
export const FLAG_ASSIGNMENT_LOCK_TIMEOUT_SECONDS = 30
/** How often a waiting call tries again. */
export const FLAG_ASSIGNMENT_LOCK_RETRY_SECONDS = 0.1
/** A lock left by a crashed process frees itself after this. */
export const FLAG_ASSIGNMENT_LOCK_TTL_SECONDS = 120

/**
 * One lock key per (flag, customer) pair, sorted so that two calls over
 * overlapping pairs take them in the same order, and an owner for this run
 * (a retry then keeps the keys it already holds).
 */
export function flagAssignmentLocks(pairs: FlagCustomerPair[]): FlagAssignmentLocks {
  const keys = [
    ...new Set(
      pairs.map(({ flag_id, customer_id }) => `customer_flag_assignment:${flag_id}:${customer_id}`)
    ),
  ].sort()
  return { keys, owner_id: `flag-assignment:${randomUUID()}` }
}

/**
 * Takes the locks of the pairs, through Medusa's locking module (in memory,
 * or Redis in a cluster): renewals and removals of one flag on one customer
 * then run one after the other, so the mirrored customer group ends as the
 * assignments do. For use inside a workflow; a failure later in the workflow
 * lets go of them (the step's compensation).
 */
export function acquireFlagAssignmentLocks(
  pairs: WorkflowData<FlagCustomerPair[]> | FlagCustomerPair[]
) {
  const locks = transform({ pairs }, ({ pairs }) => flagAssignmentLocks(pairs))
  acquireLockStep({
    key: locks.keys,
    ownerId: locks.owner_id,
    timeout: FLAG_ASSIGNMENT_LOCK_TIMEOUT_SECONDS,
    retryInterval: FLAG_ASSIGNMENT_LOCK_RETRY_SECONDS,
    ttl: FLAG_ASSIGNMENT_LOCK_TTL_SECONDS,
    // Also when run as a step of another workflow (segments, purchase rules).
    executeOnSubWorkflow: true,
  })
  return locks
}

export function releaseFlagAssignmentLocks(locks: WorkflowData<FlagAssignmentLocks>) {
  releaseLockStep({ key: locks.keys, ownerId: locks.owner_id, executeOnSubWorkflow: true })
}

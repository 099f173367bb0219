import { randomUUID } from "node:crypto"

/** How long a call waits for another change to the same flag on a customer. */
export const FLAG_ASSIGNMENT_LOCK_TIMEOUT_SECONDS = 30
/** A lock left by a crashed process frees itself after this. */
export const FLAG_ASSIGNMENT_LOCK_TTL_SECONDS = 120
/** How often a waiting call tries again. */
export const FLAG_ASSIGNMENT_LOCK_RETRY_SECONDS = 0.1

/**
 * The locks that serialise writes to the (flag, customer) pairs: renewals
 * and removals of one flag on one customer then run one after the other,
 * so the mirrored customer group ends as the assignments do. Sorted, so that
 * two calls over overlapping pairs take them in the same order.
 */
export function flagAssignmentLocks(pairs: { flag_id: string; customer_id: string }[]) {
  const keys = [
    ...new Set(
      pairs.map(({ flag_id, customer_id }) => `customer_flag_assignment:${flag_id}:${customer_id}`)
    ),
  ].sort()
  return { keys, owner_id: `flag-assignment:${randomUUID()}` }
}

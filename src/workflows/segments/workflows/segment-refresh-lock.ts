import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"

type SegmentRefreshLock = { key: string; owner_id: string }

/**
 * How long a refresh waits for another refresh of the same segment: a full
 * refresh of a large segment (its statement, then its flags) can take a
 * while, and an incremental one queued behind it must not give up first.
 */
export const SEGMENT_REFRESH_LOCK_TIMEOUT_SECONDS = 300
export const SEGMENT_REFRESH_LOCK_RETRY_SECONDS = 0.05
/** A lock left by a crashed process frees itself after this. */
export const SEGMENT_REFRESH_LOCK_TTL_SECONDS = 900

/**
 * Takes the segment's refresh lock through Medusa's locking module (in
 * memory, or Redis in a cluster), for a whole refresh workflow: membership,
 * flags and events. The membership statement is already serialised by an
 * advisory lock in the database; this lock also keeps the flag changes of
 * two refreshes from crossing (one giving the flag to a customer who
 * entered while the next, seeing them leave, finds nothing yet to take).
 * A failure later in the workflow lets go of it (the step's compensation).
 */
export function acquireSegmentRefreshLock(
  segment: WorkflowData<{ segment_id: string }> | { segment_id: string }
) {
  const lock = transform({ segment }, ({ segment }) => ({
    key: `customer_segment_refresh:${segment.segment_id}`,
    owner_id: `segment-refresh:${randomUUID()}`,
  }))
  acquireLockStep({
    key: lock.key,
    ownerId: lock.owner_id,
    timeout: SEGMENT_REFRESH_LOCK_TIMEOUT_SECONDS,
    retryInterval: SEGMENT_REFRESH_LOCK_RETRY_SECONDS,
    ttl: SEGMENT_REFRESH_LOCK_TTL_SECONDS,
  }).config({ name: "acquire-segment-refresh-lock" })
  return lock
}

export function releaseSegmentRefreshLock(lock: WorkflowData<SegmentRefreshLock>) {
  releaseLockStep({ key: lock.key, ownerId: lock.owner_id }).config({
    name: "release-segment-refresh-lock",
  })
}

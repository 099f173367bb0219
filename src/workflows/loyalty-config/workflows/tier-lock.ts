import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"

type TiersLock = { keys: string[]; owner_id: string }

/**
 * One lock for every tier write, taken before the tiers are checked
 * (validateLoyaltyTierStep) and let go once the write is done. Two writes
 * that each fit the tiers they read could otherwise, together, put a higher
 * rank below a lower one's points. Tier writes are rare admin actions, so
 * making them take turns costs nothing.
 */
export function acquireTiersLock(input: WorkflowData<object> | object) {
  // Made from the run's input, so that each run has an owner of its own
  // (a lock its owner takes again is granted at once).
  const lock = transform({ input }, (): TiersLock => ({
    keys: ["loyalty_tiers"],
    owner_id: `tiers:${randomUUID()}`,
  }))
  acquireLockStep({
    key: lock.keys,
    ownerId: lock.owner_id,
    timeout: 30,
    retryInterval: 0.1,
    // A lock left by a crashed process frees itself.
    ttl: 120,
  })
  return lock
}

export function releaseTiersLock(lock: WorkflowData<TiersLock>) {
  releaseLockStep({ key: lock.keys, ownerId: lock.owner_id })
}

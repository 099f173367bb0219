import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"

type OrderFactLocks = { keys: string[]; owner_id: string }

/**
 * One lock per order, taken before its facts are read and let go after they
 * are written: two events of the same order (placed, then canceled at once
 * on another worker) then refresh one after the other, and the later read
 * is written last. Without it the placed order's read could be written
 * after the cancellation's, and the canceled order would count.
 */
export function acquireOrderFactLocks(orderIds: WorkflowData<string[]>) {
  const locks = transform({ orderIds }, ({ orderIds }): OrderFactLocks => ({
    keys: orderIds.map((id) => `customer_order_fact:${id}`),
    owner_id: `order-facts:${randomUUID()}`,
  }))
  acquireLockStep({
    key: locks.keys,
    ownerId: locks.owner_id,
    timeout: 30,
    retryInterval: 0.1,
    // A lock left by a crashed process frees itself.
    ttl: 120,
    executeOnSubWorkflow: true,
  })
  return locks
}

export function releaseOrderFactLocks(locks: WorkflowData<OrderFactLocks>) {
  releaseLockStep({ key: locks.keys, ownerId: locks.owner_id, executeOnSubWorkflow: true })
}

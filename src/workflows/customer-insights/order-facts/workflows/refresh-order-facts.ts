import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  OrderFactEvents,
  OrderFactsRefreshedData,
} from "../../../../modules/customer-insights/events"
import { refreshCustomerSalesStatsStep } from "../../sales-stats/steps"
import {
  findFactOrdersStep,
  OrderFactTargets,
  readOrderFactsStep,
  replaceOrderFactsStep,
} from "../steps"
import { acquireOrderFactLocks, releaseOrderFactLocks } from "./order-fact-locks"

export const refreshOrderFactsWorkflowId = "refresh-order-facts"

/**
 * Makes the facts of the given orders (and of the orders of the given
 * payments) what the order module says now, then recomputes the sales
 * figures of their customers from the facts. The order subscribers run it
 * on every event that can change what an order counts for; whatever the
 * event, the order is read as it is, so a redelivered or late event writes
 * the same rows again (nothing, as unchanged rows are not rewritten).
 * When a fact changed it emits `customer_order_facts.refreshed`, on which
 * segment and purchase-rule reactions run, reading the facts just written.
 *
 * @example
 * const { result } = await refreshOrderFactsWorkflow(container).run({
 *   input: { order_ids: ["order_123"] },
 * })
 * // result.facts: { orders: { rows: 1, written: 1, removed: 0 }, lines: …, customer_ids: ["cus_1"] }
 */
export const refreshOrderFactsWorkflow = createWorkflow(
  refreshOrderFactsWorkflowId,
  (input: OrderFactTargets) => {
    const orderIds = findFactOrdersStep(input)
    const locks = acquireOrderFactLocks(orderIds)
    const facts = readOrderFactsStep({ order_ids: orderIds })
    const replaced = replaceOrderFactsStep({ order_ids: orderIds, facts })
    const customerIds = transform({ replaced }, ({ replaced }) => replaced.customer_ids)
    const stats = refreshCustomerSalesStatsStep({ customer_ids: customerIds })
    releaseOrderFactLocks(locks)
    // Only when something changed: a redelivered event writes nothing and
    // sets nothing else in motion.
    const changed = transform(
      { replaced, orderIds },
      ({ replaced, orderIds }): OrderFactsRefreshedData | null =>
        replaced.orders.written +
          replaced.orders.removed +
          replaced.lines.written +
          replaced.lines.removed >
        0
          ? {
              order_ids: orderIds,
              customer_ids: replaced.customer_ids,
              added_order_ids: replaced.added_order_ids,
            }
          : null
    )
    when({ changed }, ({ changed }) => changed !== null).then(() => {
      emitEventStep({ eventName: OrderFactEvents.REFRESHED, data: changed })
    })
    return new WorkflowResponse({ facts: replaced, sales_stats: stats })
  }
)

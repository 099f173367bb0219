import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow } from "../workflows/customer-insights/order-facts"

/**
 * Keeps the order facts, and the sales figures read from them, in step with
 * the orders: every event after which what an order counts for may differ
 * (placed, canceled, its current total or items changed by an edit, a
 * return, a claim or an exchange). The order events carry `id`; the
 * others `order_id`.
 */
export default async function refreshOrderFactsOnOrderChange({
  event: { data },
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = data.order_id ?? data.id
  if (!orderId) {
    return
  }
  await refreshOrderFactsWorkflow(container).run({ input: { order_ids: [orderId] } })
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.UPDATED,
    OrderEditWorkflowEvents.CONFIRMED,
    // In 2.21 the current total drops when the return is received; the
    // request is read too, as Medusa may count it in a later version.
    OrderWorkflowEvents.RETURN_REQUESTED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
  ],
  context: { subscriberId: "customer-insights-refresh-order-facts" },
}

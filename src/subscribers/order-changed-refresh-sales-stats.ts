import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCustomerSalesStatsWorkflow } from "../workflows/customer-insights/sales-stats"

/**
 * Keeps the customer's sales figures in step with their orders. The order
 * events carry `id`; the order-edit and return events `order_id`.
 */
export default async function refreshSalesStatsOnOrderChange({
  event: { data },
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = data.order_id ?? data.id
  if (!orderId) {
    return
  }
  await refreshCustomerSalesStatsWorkflow(container).run({
    input: { order_ids: [orderId] },
  })
}

export const config: SubscriberConfig = {
  event: [
    "order.placed",
    "order.canceled",
    "order.updated",
    "order-edit.confirmed",
    "order.return_received",
  ],
  context: { subscriberId: "customer-insights-refresh-sales-stats" },
}

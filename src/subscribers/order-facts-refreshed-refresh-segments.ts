import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderFactEvents, OrderFactsRefreshedData } from "../modules/customer-insights/events"
import { refreshSegmentsForCustomers } from "../workflows/segments"

/**
 * Keeps segments that read orders in step with purchases: after the order
 * facts of some customers changed (placed, canceled, edited, returned…),
 * re-evaluates those customers in the segments whose rules read orders.
 * The periodic full refresh still runs: windows move without events.
 */
export default async function refreshSegmentsOnOrderFactsRefreshed({
  event: { data },
  container,
}: SubscriberArgs<OrderFactsRefreshedData>) {
  await refreshSegmentsForCustomers(container, {
    customer_ids: data.customer_ids ?? [],
    changed: "orders",
  })
}

export const config: SubscriberConfig = {
  event: OrderFactEvents.REFRESHED,
  context: { subscriberId: "customer-loyalty-refresh-segments-on-order-facts" },
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderFactEvents, OrderFactsRefreshedData } from "../modules/customer-insights/events"
import { applyFlagPurchaseRulesWorkflow } from "../workflows/customer-flags"

/**
 * Flag purchase rules for every order that began to count. They read the
 * order line facts, so they run on `customer_order_facts.refreshed` (after
 * the facts of a placed order are written), not on `order.placed`.
 */
export default async function applyFlagPurchaseRulesOnOrderFactsRefreshed({
  event: { data },
  container,
}: SubscriberArgs<OrderFactsRefreshedData>) {
  for (const orderId of data.added_order_ids ?? []) {
    await applyFlagPurchaseRulesWorkflow(container).run({
      input: { order_id: orderId },
    })
  }
}

export const config: SubscriberConfig = {
  event: OrderFactEvents.REFRESHED,
  context: { subscriberId: "customer-loyalty-apply-flag-purchase-rules" },
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow } from "../workflows/customer-insights/order-facts"

/** A refund: the facts of the payment's order are read again. */
export default async function refreshOrderFactsOnPaymentRefunded({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshOrderFactsWorkflow(container).run({ input: { payment_ids: [data.id] } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "customer-insights-refresh-order-facts-on-refund" },
}

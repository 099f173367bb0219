import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { applyFlagPurchaseRulesWorkflow } from "../workflows/customer-flags"

export default async function applyFlagPurchaseRulesOnOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await applyFlagPurchaseRulesWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "customer-loyalty-apply-flag-purchase-rules" },
}

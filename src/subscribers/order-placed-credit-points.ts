import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { creditPointsForOrderWorkflow } from "../workflows/loyalty"

export default async function creditPointsOnOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await creditPointsForOrderWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "customer-loyalty-credit-points-on-order-placed" },
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reversePointsForSourceWorkflow } from "../workflows/loyalty"

export default async function reversePointsOnOrderCanceled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reversePointsForSourceWorkflow(container).run({
    input: {
      source: "order",
      source_id: data.id,
      reason: "cancel",
      description: "Order cancelled",
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "customer-loyalty-reverse-points-on-order-canceled" },
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reversePointsForRefundWorkflow } from "../workflows/loyalty"

export default async function reversePointsOnPaymentRefunded({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reversePointsForRefundWorkflow(container).run({
    input: { payment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "customer-loyalty-reverse-points-on-refund" },
}

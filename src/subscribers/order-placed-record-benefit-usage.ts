import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderBenefitUsageWorkflow } from "../workflows/benefits"

export default async function recordBenefitUsageOnOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordOrderBenefitUsageWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "customer-loyalty-record-benefit-usage" },
}

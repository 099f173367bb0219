import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderBenefitUsageWorkflow } from "../workflows/benefits"

export default async function releaseBenefitUsageOnOrderCanceled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await releaseOrderBenefitUsageWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "customer-loyalty-release-benefit-usage" },
}

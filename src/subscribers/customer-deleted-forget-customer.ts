import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { forgetCustomerWorkflow } from "../workflows/customer-insights/privacy"

/**
 * A customer deleted in Medusa is forgotten by the plugin: their notes, B2B
 * profile, flags and segment memberships go, their loyalty ledger stays
 * without their name (see `forgetCustomerWorkflow`). `deleteCustomersWorkflow`
 * emits one event per customer, `{ id }`.
 */
export default async function forgetDeletedCustomer({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await forgetCustomerWorkflow(container).run({ input: { customer_ids: [data.id] } })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.DELETED,
  context: { subscriberId: "customer-loyalty-forget-deleted-customer" },
}

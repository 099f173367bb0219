import { MedusaContainer } from "@medusajs/framework/types"
import { rebuildOrderFactsWorkflow } from "../workflows/customer-insights/order-facts"

/**
 * Nightly, makes every order's facts and every customer's sales figures
 * what the orders say: a safety net for changes no order event reports
 * (an order transfer accepted, a return or claim canceled, an event lost
 * while the worker was down). Unchanged facts are not rewritten.
 */
export default async function rebuildOrderFactsJob(container: MedusaContainer) {
  await rebuildOrderFactsWorkflow(container).run()
}

export const config = {
  name: "customer-insights-rebuild-order-facts",
  schedule: "30 3 * * *",
}

import { MedusaContainer } from "@medusajs/framework/types"
import { rebuildCustomerSalesStatsWorkflow } from "../workflows/customer-insights/sales-stats"

/**
 * Nightly, recomputes every customer's sales figures from the orders: a
 * safety net for changes no order event reports (an order moved to another
 * customer, a claim or exchange, an event lost while the worker was down).
 */
export default async function rebuildCustomerSalesStatsJob(container: MedusaContainer) {
  await rebuildCustomerSalesStatsWorkflow(container).run()
}

export const config = {
  name: "customer-insights-rebuild-sales-stats",
  schedule: "30 3 * * *",
}

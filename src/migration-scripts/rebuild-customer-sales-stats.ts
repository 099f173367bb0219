import { ExecArgs } from "@medusajs/framework/types"
import { rebuildCustomerSalesStatsWorkflow } from "../workflows/customer-insights/sales-stats"

/**
 * Gives every customer sales figures from the orders placed before the
 * plugin kept them. Runs once, with `medusa db:migrate`.
 */
export default async function rebuildCustomerSalesStats({ container }: ExecArgs) {
  await rebuildCustomerSalesStatsWorkflow(container).run()
}

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildCustomerSalesStatsStep } from "../steps"

export const rebuildCustomerSalesStatsWorkflowId = "rebuild-customer-sales-stats"

/**
 * Recomputes every customer's kept sales figures from all orders, in one
 * set-based statement. `medusa db:migrate` runs it once (so a store that
 * installs the plugin has figures for its past orders) and a nightly job
 * runs it as a safety net for changes no event reports.
 *
 * @example
 * const { result } = await rebuildCustomerSalesStatsWorkflow(container).run()
 * // result: { rows: 81234, ms: 5400 }
 */
export const rebuildCustomerSalesStatsWorkflow = createWorkflow(
  rebuildCustomerSalesStatsWorkflowId,
  () => {
    const result = rebuildCustomerSalesStatsStep()
    return new WorkflowResponse(result)
  }
)

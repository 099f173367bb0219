import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  findSalesStatsCustomersStep,
  refreshCustomerSalesStatsStep,
  SalesStatsTargets,
} from "../steps"

export const refreshCustomerSalesStatsWorkflowId = "refresh-customer-sales-stats"

/**
 * Recomputes the kept sales figures (per currency: total, order count,
 * first and last order) of the given customers, and of the customers of the
 * given orders, from their orders, in one statement. Orders count unless
 * draft or canceled, at their current total. The order subscribers run it
 * when an order is placed, canceled, updated, edited or gets a return.
 *
 * @example
 * const { result } = await refreshCustomerSalesStatsWorkflow(container).run({
 *   input: { customer_ids: ["cus_123"] },
 * })
 * // result: { customers: 1, rows: 2 } (one row per currency the customer bought in)
 */
export const refreshCustomerSalesStatsWorkflow = createWorkflow(
  refreshCustomerSalesStatsWorkflowId,
  (input: SalesStatsTargets) => {
    const customerIds = findSalesStatsCustomersStep(input)
    const result = refreshCustomerSalesStatsStep({ customer_ids: customerIds })
    return new WorkflowResponse(result)
  }
)

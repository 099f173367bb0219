import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildCustomerSalesStatsStep } from "../../sales-stats/steps"
import { rebuildOrderFactsStep } from "../steps"

export const rebuildOrderFactsWorkflowId = "rebuild-order-facts"

/**
 * Makes every order's facts what Medusa's order tables say (in batches,
 * set-based), then recomputes every customer's sales figures from them.
 * `medusa db:migrate` runs it once, so a store that installs the plugin
 * has facts and figures for its past orders, and a nightly job runs it as
 * a safety net for changes no event reports (an order transfer accepted, a
 * return or claim canceled, an event lost while the worker was down).
 *
 * @example
 * const { result } = await rebuildOrderFactsWorkflow(container).run()
 * // result.facts: { orders: { rows: 81234, written: 12, removed: 1 }, lines: …, batches: 5, ms: 9100 }
 */
export const rebuildOrderFactsWorkflow = createWorkflow(
  rebuildOrderFactsWorkflowId,
  (input: { batch_size?: number } | undefined) => {
    const facts = rebuildOrderFactsStep(input)
    const stats = rebuildCustomerSalesStatsStep()
    return new WorkflowResponse({ facts, sales_stats: stats })
  }
)

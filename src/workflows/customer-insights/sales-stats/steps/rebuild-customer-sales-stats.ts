import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { salesStatsQuery } from "../../../../customer-overview"
import { replaceSalesStatsRetrying } from "./insights-service"

export const rebuildCustomerSalesStatsStepId = "rebuild-customer-sales-stats"

/**
 * Recomputes every customer's sales figures from the orders: one DELETE
 * and one INSERT … SELECT over all orders, in one transaction, so a reader
 * sees either the old figures or the new ones.
 *
 * No compensation: the figures are derived from the orders, and this
 * statement leaves them as the orders say. Putting the old figures back
 * would need a copy of the whole table in the workflow's stored state
 * (100,000 rows for a store of that size) only to restore figures known to
 * be stale; a failure inside the statement rolls back by itself.
 */
export const rebuildCustomerSalesStatsStep = createStep(
  rebuildCustomerSalesStatsStepId,
  async (_: void, { container }) => {
    const started = Date.now()
    const { rows } = await replaceSalesStatsRetrying(container, {
      customer_ids: null,
      query: salesStatsQuery(null),
    })
    return new StepResponse({ rows, ms: Date.now() - started })
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderCustomersQuery } from "../../../../customer-overview"
import { insightsService } from "./insights-service"

export type SalesStatsTargets = {
  /** Customers whose figures to recompute. */
  customer_ids?: string[]
  /** Orders whose customers' figures to recompute (what order events name). */
  order_ids?: string[]
}

export const findSalesStatsCustomersStepId = "find-sales-stats-customers"

/** The customers to recompute: those given and those of the orders given, once each. */
export const findSalesStatsCustomersStep = createStep(
  findSalesStatsCustomersStepId,
  async (input: SalesStatsTargets, { container }) => {
    const ids = new Set(input.customer_ids ?? [])
    if (input.order_ids?.length) {
      const rows = await insightsService(container).runQuery<{ customer_id: string }>(
        orderCustomersQuery(input.order_ids)
      )
      for (const row of rows) {
        ids.add(row.customer_id)
      }
    }
    return new StepResponse([...ids].sort())
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SalesStatsRow, salesStatsQuery, salesStatsRowsQuery } from "../../../../customer-overview"
import { insightsService, replaceSalesStatsRetrying } from "./insights-service"

type RefreshResult = { customers: number; rows: number }
type Saved = { customer_ids: string[]; previous: SalesStatsRow[] }

export const refreshCustomerSalesStatsStepId = "refresh-customer-sales-stats"

/**
 * Recomputes the customers' sales figures from their orders in one
 * statement. The compensation puts back the figures they had before.
 */
export const refreshCustomerSalesStatsStep = createStep(
  refreshCustomerSalesStatsStepId,
  async (input: { customer_ids: string[] }, { container }) => {
    if (!input.customer_ids.length) {
      return new StepResponse<RefreshResult, Saved>(
        { customers: 0, rows: 0 },
        { customer_ids: [], previous: [] }
      )
    }
    const kept = await insightsService(container).listCustomerSalesStats(
      { customer_id: input.customer_ids },
      {
        select: [
          "customer_id",
          "currency_code",
          "sales_total",
          "raw_sales_total",
          "order_count",
          "first_order_at",
          "last_order_at",
        ],
      }
    )
    const previous: SalesStatsRow[] = kept.map((row) => ({
      customer_id: row.customer_id,
      currency_code: row.currency_code,
      // The raw value is the exact decimal; the number may have been rounded.
      sales_total: String(row.raw_sales_total?.value ?? row.sales_total),
      order_count: row.order_count,
      first_order_at: row.first_order_at,
      last_order_at: row.last_order_at,
    }))
    const { rows } = await replaceSalesStatsRetrying(container, {
      customer_ids: input.customer_ids,
      query: salesStatsQuery(input.customer_ids),
    })
    return new StepResponse<RefreshResult, Saved>(
      { customers: input.customer_ids.length, rows },
      { customer_ids: input.customer_ids, previous }
    )
  },
  async (saved, { container }) => {
    if (!saved?.customer_ids.length) {
      return
    }
    await replaceSalesStatsRetrying(container, {
      customer_ids: saved.customer_ids,
      query: salesStatsRowsQuery(saved.previous),
    })
  }
)

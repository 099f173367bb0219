import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFactsReplaced } from "../../../../modules/customer-insights/service"
import { orderBatchEndQuery, orderFactsQuery, orderLineFactsQuery } from "../../../../order-facts"
import { insightsService } from "./insights-service"

/** Orders per batch: each batch is one short transaction of a few seconds at most. */
export const ORDER_FACTS_BATCH_SIZE = 20_000

export type RebuildOrderFactsResult = OrderFactsReplaced & { batches: number; ms: number }

export const rebuildOrderFactsStepId = "rebuild-order-facts"

/**
 * Makes every order's facts what Medusa's order tables say, in batches of
 * order ids (a range each, so facts of orders deleted since are removed
 * too), each batch one set-based statement per table. Unchanged facts are
 * not rewritten: run again, it writes nothing. When it wrote, the tables'
 * statistics are gathered at the end (a few seconds at a million orders).
 *
 * No compensation: the facts are derived from the orders, and each batch
 * leaves them as the orders say; a failing batch rolls back by itself.
 */
export const rebuildOrderFactsStep = createStep(
  rebuildOrderFactsStepId,
  async (input: { batch_size?: number } | undefined, { container }) => {
    const started = Date.now()
    const size = input?.batch_size ?? ORDER_FACTS_BATCH_SIZE
    const service = insightsService(container)
    const total: RebuildOrderFactsResult = {
      orders: { rows: 0, written: 0, removed: 0 },
      lines: { rows: 0, written: 0, removed: 0 },
      batches: 0,
      ms: 0,
    }
    let after: string | null = null
    for (;;) {
      const [end]: ({ id: string } | undefined)[] = await service.runQuery<{ id: string }>(
        orderBatchEndQuery(after, size)
      )
      const upto: string | null = end?.id ?? null
      const scope = { order_id_range: { after, upto } }
      const replaced = await service.replaceOrderFacts({
        scope,
        orders: orderFactsQuery(scope),
        lines: orderLineFactsQuery(scope),
      })
      for (const table of ["orders", "lines"] as const) {
        for (const key of ["rows", "written", "removed"] as const) {
          total[table][key] += replaced[table][key]
        }
      }
      total.batches++
      if (upto === null) {
        break
      }
      after = upto
    }
    if (
      total.orders.written + total.orders.removed + total.lines.written + total.lines.removed >
      0
    ) {
      await service.analyzeOrderFacts()
    }
    total.ms = Date.now() - started
    return new StepResponse(total)
  }
)

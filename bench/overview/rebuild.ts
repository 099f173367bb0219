/**
 * `medusa exec ./bench/overview/rebuild.ts` (run by bench/overview/run.js):
 * `rebuildOrderFactsWorkflow` over the bench data (the order facts in
 * batches, then the sales figures from them), timed, and its
 * figures compared with an independent aggregate of the orders (totals,
 * counts and rows per currency). Writes the result as JSON to
 * BENCH_RESULT_FILE.
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { writeFileSync } from "fs"
import { rebuildOrderFactsWorkflow } from "../../src/workflows/customer-insights/order-facts"

export default async function rebuildBench({ container }: ExecArgs) {
  const resultFile = process.env.BENCH_RESULT_FILE
  if (!resultFile) {
    throw new Error("BENCH_RESULT_FILE is needed (run through bench/overview/run.js)")
  }
  const started = performance.now()
  const { result } = await rebuildOrderFactsWorkflow(container).run()
  const ms = performance.now() - started

  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Written apart from the plugin's query on purpose: if both agree, the
  // figures are what the orders say.
  const { rows } = await pg.raw(`
    WITH expected AS (
      SELECT o.currency_code, count(DISTINCT o.customer_id)::int AS customers, count(*)::int AS orders,
             sum(coalesce((os.totals ->> 'current_order_total')::numeric, 0)) AS total
        FROM "order" o
        LEFT JOIN order_summary os ON os.order_id = o.id AND os.version = o.version AND os.deleted_at IS NULL
       WHERE o.deleted_at IS NULL AND o.canceled_at IS NULL AND NOT o.is_draft_order
         AND o.status NOT IN ('draft', 'canceled') AND o.customer_id IS NOT NULL
       GROUP BY o.currency_code
    ), kept AS (
      SELECT currency_code, count(*)::int AS customers, sum(order_count)::int AS orders, sum(sales_total) AS total
        FROM customer_sales_stats WHERE deleted_at IS NULL GROUP BY currency_code
    )
    SELECT coalesce(e.currency_code, k.currency_code) AS currency_code,
           e.customers AS expected_customers, k.customers AS kept_customers,
           e.orders AS expected_orders, k.orders AS kept_orders,
           e.total::text AS expected_total, k.total::text AS kept_total,
           e.total IS NOT DISTINCT FROM k.total AS totals_equal
      FROM expected e FULL JOIN kept k ON k.currency_code = e.currency_code
     ORDER BY 1`)
  const agree = rows.every(
    (r: Record<string, unknown>) =>
      r.expected_customers === r.kept_customers &&
      r.expected_orders === r.kept_orders &&
      r.totals_equal === true
  )
  writeFileSync(
    resultFile,
    JSON.stringify(
      {
        ms: Math.round(ms),
        facts_ms: result.facts.ms,
        facts: {
          orders: result.facts.orders,
          lines: result.facts.lines,
          batches: result.facts.batches,
        },
        statement_ms: result.sales_stats.ms,
        rows: result.sales_stats.rows,
        agree,
        by_currency: rows,
      },
      null,
      2
    )
  )
}

/**
 * `medusa exec ./bench/segments/facts.ts` (run by bench/segments/run.js):
 * the order facts the segments read, written from the generated orders.
 *
 * - Without BENCH_FACTS_AFTER: `rebuildOrderFactsWorkflow`, as the
 *   migration script runs it for a store that installs the plugin (every
 *   order's facts in batches, then the sales figures).
 * - With BENCH_FACTS_AFTER=<order id>: the facts of the orders with a
 *   higher id only (the change step's new orders), with the module's
 *   replacement, as their `order.placed` events would have written them.
 *
 * Writes `{ ms, facts }` as JSON to BENCH_RESULT_FILE.
 */
import { ExecArgs } from "@medusajs/framework/types"
import { writeFileSync } from "fs"
import { CUSTOMER_INSIGHTS_MODULE } from "../../src/modules/customer-insights"
import type CustomerInsightsModuleService from "../../src/modules/customer-insights/service"
import { orderFactsQuery, orderLineFactsQuery } from "../../src/order-facts"
import { rebuildOrderFactsWorkflow } from "../../src/workflows/customer-insights/order-facts"

export default async function benchOrderFacts({ container }: ExecArgs) {
  const resultFile = process.env.BENCH_RESULT_FILE
  if (!resultFile) {
    throw new Error("BENCH_RESULT_FILE is needed (run through bench/segments/run.js)")
  }
  const after = process.env.BENCH_FACTS_AFTER
  const started = performance.now()
  let facts: unknown
  if (after) {
    const service = container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)
    const scope = { order_id_range: { after, upto: null } }
    facts = await service.replaceOrderFacts({
      scope,
      orders: orderFactsQuery(scope),
      lines: orderLineFactsQuery(scope),
    })
  } else {
    const { result } = await rebuildOrderFactsWorkflow(container).run()
    facts = result.facts
  }
  writeFileSync(resultFile, JSON.stringify({ ms: Math.round(performance.now() - started), facts }))
}

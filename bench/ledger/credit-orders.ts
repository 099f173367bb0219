/**
 * `medusa exec ./bench/ledger/credit-orders.ts` (run by bench/ledger/run.js):
 * creates orders for random bench customers with Medusa's createOrderWorkflow
 * (setup, timed apart), then credits them with creditPointsForOrderWorkflow
 * at a fixed concurrency — what `order.placed` runs — and writes the figures
 * as JSON to BENCH_RESULT_FILE.
 *
 * Settings come from the environment: BENCH_ORDERS, BENCH_CONCURRENCY,
 * BENCH_WARMUP, BENCH_REDELIVERIES (orders credited a second time),
 * BENCH_RESULT_FILE.
 */
import { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { writeFileSync } from "fs"
import pLimit from "p-limit"
import { creditPointsForOrderWorkflow } from "../../src/workflows/loyalty"

const REGION_NAME = "Bench United States"
const PRODUCTS = [
  { title: "Concert ticket", unit_price: 45 },
  { title: "Season pass", unit_price: 320 },
  { title: "Programme booklet", unit_price: 8 },
  { title: "Tote bag", unit_price: 15 },
]

type Customer = { id: string; email: string }

const positiveInt = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, got ${process.env[name]}`)
  }
  return value
}

/** Nearest-rank percentile of sorted numbers. */
const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN

const round = (value: number, digits = 1) => Number(value.toFixed(digits))

function latencySummary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    max_ms: round(sorted[sorted.length - 1] ?? NaN),
  }
}

/**
 * Runs `task` over `items` at `concurrency`; wall seconds and per-item ms.
 * Says how far it got every tenth of the way.
 */
async function timedPool<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<unknown>,
  progress?: (done: number, total: number) => void
) {
  const limit = pLimit(concurrency)
  const tenth = Math.max(1, Math.round(items.length / 10))
  let done = 0
  const latencies: number[] = []
  const errors: string[] = []
  const started = performance.now()
  await Promise.all(
    items.map((item) =>
      limit(async () => {
        const begun = performance.now()
        try {
          await task(item)
          latencies.push(performance.now() - begun)
        } catch (error) {
          errors.push((error as Error).message)
        }
        done++
        if (progress && (done % tenth === 0 || done === items.length)) {
          progress(done, items.length)
        }
      })
    )
  )
  return { seconds: (performance.now() - started) / 1000, latencies, errors }
}

async function ensureRegion(container: ExecArgs["container"], knex: Knex) {
  const existing = await knex("region")
    .where({ name: REGION_NAME })
    .whereNull("deleted_at")
    .first("id")
  if (existing) {
    return existing.id as string
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: REGION_NAME, currency_code: "usd", countries: ["us"] }],
    },
  })
  return result[0].id
}

/** The generated customers' ids carry a counter: pick counters at random. */
async function randomBenchCustomers(knex: Knex, count: number): Promise<Customer[]> {
  const [{ total }] = await knex("customer")
    .where("id", "like", "cus\\_01BENCH%")
    .count<{ total: string }[]>("* as total")
  const ids = Array.from(
    { length: count },
    () => `cus_01BENCH${String(1 + Math.floor(Math.random() * Number(total))).padStart(19, "0")}`
  )
  const rows: Customer[] = await knex("customer")
    .whereIn("id", [...new Set(ids)])
    .select("id", "email")
  const byId = new Map(rows.map((row) => [row.id, row]))
  const customers = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  if (customers.length < count) {
    throw new Error(`Found ${customers.length} bench customers for ${count} orders`)
  }
  return customers
}

function orderInput(regionId: string, customer: Customer, n: number) {
  const lines = 1 + (n % 3)
  return {
    region_id: regionId,
    currency_code: "usd",
    customer_id: customer.id,
    email: customer.email,
    items: Array.from({ length: lines }, (_, i) => {
      const product = PRODUCTS[(n + i) % PRODUCTS.length]
      return {
        title: product.title,
        quantity: 1 + ((n + i) % 2),
        unit_price: product.unit_price,
      }
    }),
    metadata: { bench: true },
  }
}

export default async function creditOrdersBenchmark({ container }: ExecArgs) {
  const orders = positiveInt("BENCH_ORDERS", 2000)
  const concurrency = positiveInt("BENCH_CONCURRENCY", 8)
  const warmup = positiveInt("BENCH_WARMUP", 20)
  const redeliveries = positiveInt("BENCH_REDELIVERIES", 200)
  const resultFile = process.env.BENCH_RESULT_FILE
  if (!resultFile) {
    throw new Error("BENCH_RESULT_FILE is not set (run through bench/ledger/run.js)")
  }
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const regionId = await ensureRegion(container, knex)
  const customers = await randomBenchCustomers(knex, orders + warmup)

  logger.info(`Creating ${orders + warmup} orders with createOrderWorkflow…`)
  const orderIds: string[] = []
  const created = await timedPool(
    customers.map((customer, n) => ({ customer, n })),
    concurrency,
    async ({ customer, n }) => {
      const { result } = await createOrderWorkflow(container).run({
        input: orderInput(regionId, customer, n),
      })
      orderIds.push(result.id)
    },
    (done, total) => logger.info(`Created ${done}/${total} orders`)
  )
  if (created.errors.length) {
    throw new Error(
      `createOrderWorkflow failed ${created.errors.length} times: ${created.errors[0]}`
    )
  }

  const credit = (orderId: string) =>
    creditPointsForOrderWorkflow(container).run({ input: { order_id: orderId } })

  const warmupIds = orderIds.slice(0, warmup)
  const measuredIds = orderIds.slice(warmup)
  await timedPool(warmupIds, concurrency, credit)
  logger.info(`Crediting ${measuredIds.length} orders at concurrency ${concurrency}…`)
  const credited = await timedPool(measuredIds, concurrency, credit, (done, total) =>
    logger.info(`Credited ${done}/${total} orders`)
  )

  // Some of the same orders again: a redelivered order.placed finds the
  // entry and credits nothing.
  const redelivered = await timedPool(measuredIds.slice(0, redeliveries), concurrency, credit)

  const {
    rows: [check],
  } = await knex.raw(
    `WITH touched AS (
       SELECT DISTINCT account_id FROM loyalty_entry
        WHERE source = 'order' AND source_id = ANY(?::text[])
     ),
     ledger AS (
       SELECT e.account_id,
              coalesce(sum(e.remaining) FILTER (WHERE e.status = 'available' AND e.remaining > 0), 0) AS available,
              coalesce(sum(e.remaining) FILTER (WHERE e.status = 'pending' AND e.remaining > 0), 0) AS pending,
              coalesce(sum(e.lifetime_points), 0) AS lifetime
         FROM loyalty_entry e JOIN touched t USING (account_id)
        GROUP BY e.account_id
     )
     SELECT (SELECT count(*) FROM loyalty_entry
              WHERE source = 'order' AND type = 'earn' AND source_id = ANY(?::text[]))::int AS entries,
            count(*)::int AS accounts,
            count(*) FILTER (WHERE a.points_available <> l.available
                                OR a.points_pending <> l.pending
                                OR a.points_lifetime <> l.lifetime)::int AS balance_mismatches
       FROM ledger l JOIN loyalty_account a ON a.id = l.account_id`,
    [measuredIds, measuredIds]
  )

  const result = {
    orders: measuredIds.length,
    warmup_orders: warmupIds.length,
    concurrency,
    create_orders: {
      orders: orderIds.length,
      seconds: round(created.seconds, 2),
      orders_per_second: round(orderIds.length / created.seconds),
      ...latencySummary(created.latencies),
    },
    credit: {
      seconds: round(credited.seconds, 2),
      orders_per_second: round(credited.latencies.length / credited.seconds),
      errors: credited.errors.length,
      first_error: credited.errors[0] ?? null,
      ...latencySummary(credited.latencies),
    },
    redelivery: {
      orders: redelivered.latencies.length + redelivered.errors.length,
      seconds: round(redelivered.seconds, 2),
      orders_per_second: round(redelivered.latencies.length / redelivered.seconds),
      errors: redelivered.errors.length,
      ...latencySummary(redelivered.latencies),
    },
    check,
  }
  writeFileSync(resultFile, JSON.stringify(result, null, 2))
}

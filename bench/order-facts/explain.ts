/**
 * `medusa exec ./bench/order-facts/explain.ts`, on a database with the
 * segments benchmark's data and its order facts rebuilt (`npm run
 * bench:overview -- --data-only` leaves one): EXPLAIN (ANALYZE, BUFFERS) of
 * the statements that read and write the order facts, to show which index
 * each one uses and what it costs. Prints each plan's lines that name a
 * scan, and its execution time; writes the whole plans to
 * BENCH_OUT_DIR/order-facts-explain.txt when BENCH_OUT_DIR is set.
 *
 * The statements: the sales figures of one customer (what an order event
 * refreshes) and of everyone (the rebuild); an order's lines (what an event
 * replaces); the purchases of a collection's products in a window, and of
 * one customer (what segment and flag purchase rules will read); the
 * order totals of a window (a segment's spend rule); one batch of the
 * rebuild from Medusa's order tables.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { writeFileSync } from "fs"
import path from "path"
import { salesStatsQuery } from "../../src/customer-overview"
import { orderFactsQuery, orderLineFactsQuery } from "../../src/order-facts"
import { sql, SqlFragment } from "../../src/lib/sql"

export default async function explainOrderFacts({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const one = async (text: string, params: unknown[] = []) =>
    (await pg.raw(text, params as Knex.RawBinding[])).rows[0]

  // A customer with many orders, a busy order, an often-bought collection.
  const { customer_id } = await one(
    `SELECT customer_id FROM customer_order_fact GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1`
  )
  const { order_id } = await one(
    `SELECT order_id FROM customer_order_line_fact GROUP BY order_id ORDER BY count(*) DESC LIMIT 1`
  )
  const { collection_id } = await one(
    `SELECT collection_id FROM product WHERE collection_id IS NOT NULL GROUP BY collection_id ORDER BY count(*) DESC LIMIT 1`
  )
  const { upto } = await one(`SELECT id AS upto FROM "order" ORDER BY id OFFSET 19999 LIMIT 1`)
  const since = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000)
  const batch = { order_id_range: { after: null, upto } }
  const collectionProducts = sql`(SELECT pr.id FROM product pr WHERE pr.collection_id = ${collection_id} AND pr.deleted_at IS NULL)`

  const statements: [string, SqlFragment][] = [
    ["sales figures of one customer (an order event)", salesStatsQuery([customer_id])],
    ["sales figures of everyone (the rebuild)", salesStatsQuery(null)],
    [
      "an order's lines (replaced by an order event)",
      sql`SELECT item_id FROM customer_order_line_fact f WHERE f.order_id IN (SELECT jsonb_array_elements_text(${JSON.stringify([order_id])}::jsonb))`,
    ],
    [
      "purchases of a collection in the last 90 days, per customer (a segment rule)",
      sql`SELECT f.customer_id, SUM(f.quantity) AS quantity, COUNT(DISTINCT f.order_id) AS orders
  FROM customer_order_line_fact f
 WHERE f.product_id IN ${collectionProducts}
   AND f.placed_at >= ${since(90)}
 GROUP BY f.customer_id`,
    ],
    [
      "one customer's purchases of a collection in a year (a flag purchase rule)",
      sql`SELECT SUM(f.quantity), COUNT(DISTINCT f.order_id)
  FROM customer_order_line_fact f
 WHERE f.customer_id = ${customer_id}
   AND f.placed_at >= ${since(365)}
   AND f.product_id IN ${collectionProducts}`,
    ],
    [
      "SEK spent and orders in the last 365 days, per customer (a segment rule)",
      sql`SELECT f.customer_id, SUM(f.total) AS amount, COUNT(*) AS orders
  FROM customer_order_fact f
 WHERE f.currency_code = 'sek' AND f.placed_at >= ${since(365)}
 GROUP BY f.customer_id`,
    ],
    ["one rebuild batch of 20,000 orders: orders", orderFactsQuery(batch)],
    ["one rebuild batch of 20,000 orders: lines", orderLineFactsQuery(batch)],
  ]

  const plans: string[] = []
  // As customerInsights.replaceOrderFacts runs them.
  await pg.raw(`SET jit = off`)
  for (const [label, statement] of statements) {
    const { rows } = await pg.raw(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      statement.params as Knex.RawBinding[]
    )
    const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")
    plans.push(`-- ${label}\n${plan}\n`)
    const scans = plan
      .split("\n")
      .filter((line: string) => /Scan|Execution Time/.test(line))
      .map((line: string) => line.replace(/\s+\(cost=[^)]*\)/, "").trim())
    console.log(`\n${label}\n  ${scans.join("\n  ")}`)
  }
  if (process.env.BENCH_OUT_DIR) {
    writeFileSync(path.join(process.env.BENCH_OUT_DIR, "order-facts-explain.txt"), plans.join("\n"))
  }
}

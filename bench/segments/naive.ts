/**
 * `medusa exec ./bench/segments/naive.ts` (run by bench/segments/run.js):
 * the three benchmark segments the way a tutorial builds them — load every
 * customer with what the rule needs through `query.graph`, a page at a
 * time, and filter in JavaScript. Writes its figures as JSON to
 * BENCH_RESULT_FILE and each segment's member ids (sorted, one a line) to
 * BENCH_IDS_DIR/naive-<key>.txt, for run.js to compare with the members
 * the SQL refresh stored.
 *
 * What counts, in words (the rules in bench/segments/segments.js must mean
 * the same):
 * - an order counts when it is placed: not a draft (`is_draft_order`, status
 *   `draft`) and not canceled; Medusa's query returns the items and the
 *   summary of the order's current version;
 * - A: the `current_order_total` of the sek orders placed in the last 365
 *   days adds up to at least 5,000, and at least 3 orders in all;
 * - B: an order placed in the last 90 days has an item (quantity > 0) of a
 *   product in the Outdoor collection, no such order in the last 30 days,
 *   and `metadata.marketing_consent` is `true`;
 * - C: an active VIP assignment (not removed, not expired), or a loyalty
 *   account (through its member card) in the Gold tier or with at least
 *   5,000 lifetime points.
 * "The last N days" is the last N × 24 hours before "now", as the plugin's
 * compiler reads it; "now" is the moment the segment's filtering starts,
 * or the one BENCH_NOW gives for it, so that the comparison with a refresh
 * uses the refresh's own instant (`last_refreshed_at`).
 *
 * Settings from the environment: BENCH_SEGMENTS (keys, default A,B,C),
 * BENCH_PARAMS (JSON, from segments.js), BENCH_PAGE_SIZE (customers per
 * query, default 1000), BENCH_TIME_LIMIT (seconds per segment; the segment
 * stops after the page that passes it and reports how far it got),
 * BENCH_NOW (JSON: { key: ISO instant }), BENCH_RESULT_FILE, BENCH_IDS_DIR.
 */
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mkdirSync, writeFileSync } from "fs"
import path from "path"

const DAY_MS = 24 * 3600 * 1000

type Order = {
  id: string
  status: string
  is_draft_order: boolean
  currency_code: string
  created_at: string | Date
  summary?: { current_order_total?: number | string } | null
  items?: ({ product_id: string | null; quantity: number | string } | null)[] | null
}
type Customer = {
  id: string
  email: string
  metadata?: Record<string, unknown> | null
  orders?: (Order | null)[] | null
}

type Params = {
  A: { currency_code: string; min_spent: number; window_days: number; min_orders: number }
  B: { collection_id: string; in_days: number; not_in_days: number }
  C: { flag_id: string; tier_id: string; min_lifetime_points: number }
}

/** What a segment loads per customer and how it decides. */
type NaiveSegment = {
  fields: string[]
  /** Lookups a tutorial loads once before the customers (timed with them). */
  prepare: () => Promise<(customer: Customer) => boolean>
}

const placed = (order: Order | null): order is Order =>
  !!order && !order.is_draft_order && order.status !== "draft" && order.status !== "canceled"

const positiveInt = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${process.env[name]}`)
  }
  return value
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits))

export default async function naiveSegments({ container }: ExecArgs) {
  const resultFile = process.env.BENCH_RESULT_FILE
  const idsDir = process.env.BENCH_IDS_DIR
  const params: Params = JSON.parse(process.env.BENCH_PARAMS ?? "null")
  if (!resultFile || !idsDir || !params) {
    throw new Error(
      "BENCH_RESULT_FILE, BENCH_IDS_DIR and BENCH_PARAMS are needed (run through bench/segments/run.js)"
    )
  }
  const keys = (process.env.BENCH_SEGMENTS ?? "A,B,C")
    .split(",")
    .filter(Boolean) as (keyof Params)[]
  const pageSize = positiveInt("BENCH_PAGE_SIZE", 1000)
  const timeLimitMs = positiveInt("BENCH_TIME_LIMIT", 600) * 1000
  const nows: Record<string, string> = JSON.parse(process.env.BENCH_NOW || "{}")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  mkdirSync(idsDir, { recursive: true })

  /** The start of "the last `days` days", from `now`. */
  const since = (now: number, days: number) => now - days * DAY_MS

  const segments: Record<keyof Params, (now: number) => NaiveSegment> = {
    A: (now) => ({
      fields: [
        "id",
        "email",
        "orders.id",
        "orders.status",
        "orders.is_draft_order",
        "orders.currency_code",
        "orders.created_at",
        "orders.summary.*",
      ],
      prepare: async () => {
        const p = params.A
        const from = since(now, p.window_days)
        return (customer) => {
          const orders = (customer.orders ?? []).filter(placed)
          let spent = 0
          for (const order of orders) {
            if (
              order.currency_code === p.currency_code &&
              new Date(order.created_at).getTime() >= from
            ) {
              spent += Number(order.summary?.current_order_total ?? 0)
            }
          }
          return spent >= p.min_spent && orders.length >= p.min_orders
        }
      },
    }),
    B: (now) => ({
      fields: [
        "id",
        "email",
        "metadata",
        "orders.id",
        "orders.status",
        "orders.is_draft_order",
        "orders.created_at",
        "orders.items.product_id",
        "orders.items.quantity",
        // Without it `quantity` comes back undefined: it lives on the order_item of the current version.
        "orders.items.detail.quantity",
      ],
      prepare: async () => {
        const p = params.B
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { collection_id: p.collection_id },
        })
        const inCollection = new Set(products.map((product: { id: string }) => product.id))
        const from = since(now, p.in_days)
        const recent = since(now, p.not_in_days)
        return (customer) => {
          if (customer.metadata?.marketing_consent !== true) return false
          let bought = false
          for (const order of customer.orders ?? []) {
            if (!placed(order)) continue
            const at = new Date(order.created_at).getTime()
            if (at < from) continue
            const fromCollection = (order.items ?? []).some(
              (item) =>
                !!item && inCollection.has(item.product_id ?? "") && Number(item.quantity) > 0
            )
            if (!fromCollection) continue
            if (at >= recent) return false
            bought = true
          }
          return bought
        }
      },
    }),
    C: (now) => ({
      fields: ["id", "email"],
      prepare: async () => {
        const p = params.C
        const { data: assignments } = await query.graph({
          entity: "customer_flag_assignment",
          fields: ["customer_id", "expires_at"],
          filters: { flag_id: p.flag_id, removed_at: null },
        })
        const flagged = new Set(
          assignments
            .filter(
              (a: { expires_at?: string | Date | null }) =>
                !a.expires_at || new Date(a.expires_at).getTime() > now
            )
            .map((a: { customer_id: string }) => a.customer_id)
        )
        const { data: members } = await query.graph({
          entity: "loyalty_account_member",
          fields: ["customer_id", "account.tier_id", "account.points_lifetime", "account.status"],
        })
        const qualifies = new Set(
          members
            .filter(
              (m: {
                account?: { tier_id: string | null; points_lifetime: number; status: string } | null
              }) =>
                !!m.account &&
                (m.account.tier_id === p.tier_id ||
                  Number(m.account.points_lifetime) >= p.min_lifetime_points)
            )
            .map((m: { customer_id: string }) => m.customer_id)
        )
        return (customer) => flagged.has(customer.id) || qualifies.has(customer.id)
      },
    }),
  }

  // One small untimed query first, so the first segment does not pay for
  // the process's cold start (module loading, JIT) alone.
  await query.graph({
    entity: "customer",
    fields: [
      "id",
      "metadata",
      "orders.summary.*",
      "orders.items.product_id",
      "orders.items.detail.quantity",
    ],
    pagination: { skip: 0, take: 10 },
  })

  const results: Record<string, unknown> = {}
  for (const key of keys) {
    const now = nows[key] ? new Date(nows[key]).getTime() : Date.now()
    const segment = segments[key](now)
    const started = performance.now()
    let rssPeak = process.memoryUsage().rss
    const matches = await segment.prepare()
    const members: string[] = []
    let processed = 0
    let total = 0
    let pages = 0
    let lastId: string | null = null
    let capped = false
    let ordersSeen = 0
    for (let skip = 0; ; skip += pageSize) {
      const { data, metadata } = await query.graph({
        entity: "customer",
        fields: segment.fields,
        pagination: { skip, take: pageSize, order: { id: "ASC" } },
      })
      pages++
      total = metadata?.count ?? total
      for (const customer of data as Customer[]) {
        ordersSeen += customer.orders?.length ?? 0
        if (matches(customer)) members.push(customer.id)
      }
      processed += data.length
      lastId = data.length ? data[data.length - 1].id : lastId
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
      if (pages % 10 === 0) {
        logger.info(
          `Naive ${key}: ${processed}/${total} customers, ${members.length} members, ${((performance.now() - started) / 1000).toFixed(0)} s`
        )
      }
      if (data.length < pageSize || processed >= total) break
      if (performance.now() - started > timeLimitMs) {
        capped = true
        break
      }
    }
    const seconds = (performance.now() - started) / 1000
    members.sort()
    writeFileSync(
      path.join(idsDir, `naive-${key}.txt`),
      members.join("\n") + (members.length ? "\n" : "")
    )
    results[key] = {
      members: members.length,
      customers_processed: processed,
      customers_total: total,
      // Customers come in id order: a capped run covers the ids up to this one.
      last_customer_id: lastId,
      capped,
      seconds: round(seconds, 2),
      extrapolated_seconds: capped && processed ? round((seconds * total) / processed, 0) : null,
      pages,
      page_size: pageSize,
      orders_loaded: ordersSeen,
      rss_peak_mb: round(rssPeak / 1024 / 1024),
      fields: segment.fields,
      now: new Date(now).toISOString(),
    }
    logger.info(
      `Naive ${key}: ${members.length} members of ${processed} customers in ${seconds.toFixed(1)} s${capped ? " (stopped by the time limit)" : ""}`
    )
  }
  writeFileSync(resultFile, JSON.stringify(results, null, 2))
}

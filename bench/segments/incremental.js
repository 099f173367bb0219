// @ts-check
"use strict"
/**
 * The incremental-update phase of the segments benchmark, called by run.js
 * (its HOOK) on the bench's database and running server, after the full
 * refreshes.
 *
 * Each sample places one order for a customer through Medusa's own order
 * workflows over HTTP (a draft order, then `convert-to-order`, which emits
 * `order.placed`) and measures how long it takes until the customer is a
 * member of a segment that order makes them enter, and holds the segment's
 * flag: the path is order.placed → order facts refreshed →
 * customer_order_facts.refreshed → incremental refresh of every segment
 * that reads orders (A, B and this one) for that customer. The orders are
 * canceled afterwards (the same path makes the customer leave, timed too),
 * so the naive comparison after this phase sees the data as before.
 *
 * The segment: SEK ≥ 250,000 spent in the last day, which no generated
 * customer reaches; each order is of 300,000 SEK. It gives a flag and
 * takes it back on leaving.
 *
 * BENCH_INCREMENTAL_SAMPLES sets the number of orders (default 5).
 */
const { REGIONS, SALES_CHANNELS } = require("./generate")

const TARGET_MS = 2000
const POLL_MS = 20
const WAIT_LIMIT_MS = 120_000
const SEGMENT_NAME = "Bench I: incremental (SEK 250,000 in a day)"
const FLAG_NAME = "Bench incremental"

/**
 * Nearest-rank percentile of sorted numbers; null for none.
 * @param {number[]} sorted
 * @param {number} p
 */
const percentile = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : null
/** @param {number[]} values */
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    p50_ms: percentile(sorted, 50),
    max_ms: sorted.length ? sorted[sorted.length - 1] : null,
    all_ms: values,
  }
}

/** @typedef {{ id: string, name: string }} Flag */

/** @param {import("./run").IncrementalContext} context */
async function run(context) {
  const { database, baseUrl, headers, call, expectOk, withClient, record, log } = context
  const samples = Number(process.env.BENCH_INCREMENTAL_SAMPLES || 5)
  /**
   * A request that must succeed; its JSON body, typed by the caller.
   * @template T
   * @param {string} label
   * @param {string} method
   * @param {string} route
   * @param {unknown} [body]
   * @returns {Promise<T>}
   */
  const api = async (label, method, route, body) =>
    expectOk(label, await call(baseUrl, headers, method, route, body, 300))

  // The flag (kept between runs: its name is unique) and the segment.
  /** @type {{ customer_flags: Flag[] }} */
  const flags = await api(
    "GET flags",
    "GET",
    `/admin/customer-flags?q=${encodeURIComponent(FLAG_NAME)}&limit=100`
  )
  const flag =
    flags.customer_flags.find((f) => f.name === FLAG_NAME) ??
    /** @type {{ customer_flag: Flag }} */ (
      await api("create flag", "POST", "/admin/customer-flags", {
        name: FLAG_NAME,
        abbreviation: "INC",
        icon: "Sparkles",
        color: "#2563EB",
      })
    ).customer_flag
  /** @type {{ segment: { id: string } }} */
  const { segment } = await api("create segment I", "POST", "/admin/segments", {
    name: SEGMENT_NAME,
    description: "Entered by one order, for the incremental refresh's timing",
    rules: {
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 250000,
          currency_code: "sek",
          window: { days: 1 },
        },
      ],
    },
    flag_id: flag.id,
    remove_flag_on_leave: true,
  })
  // One full refresh first, so that the starting point is what the rules say.
  /** @type {{ segment?: { member_count: number } }} */
  const first = await api("refresh segment I", "POST", `/admin/segments/${segment.id}/refresh`, {})
  record("incremental_setup", {
    segment: "I",
    id: segment.id,
    flag_id: flag.id,
    members_before: first.segment?.member_count,
  })

  const customers = await withClient(database, async (client) => {
    /** @type {import("pg").QueryResult<{ id: string, email: string }>} */
    const { rows } = await client.query(
      // A random few (one sort over the customers, about a second at 1M).
      `SELECT c.id, c.email FROM customer c
        WHERE c.deleted_at IS NULL AND c.email IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM customer_segment_membership m
                           WHERE m.segment_id = $1 AND m.customer_id = c.id AND m.left_at IS NULL)
        ORDER BY random()
        LIMIT $2`,
      [segment.id, samples]
    )
    return rows
  })

  /**
   * Polls until `check` holds; the time from `since`, or null at the limit.
   * @param {number} since
   * @param {() => Promise<boolean>} check
   * @returns {Promise<number | null>}
   */
  const waitFor = async (since, check) => {
    for (;;) {
      if (await check()) {
        return Math.round(performance.now() - since)
      }
      if (performance.now() - since > WAIT_LIMIT_MS) {
        return null
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }
  /** @param {string} customerId */
  const stateOf = (customerId) =>
    withClient(database, async (client) => {
      /** @type {import("pg").QueryResult<{ member: boolean, flagged: boolean }>} */
      const { rows } = await client.query(
        `SELECT EXISTS (SELECT 1 FROM customer_segment_membership
                         WHERE segment_id = $1 AND customer_id = $3
                           AND left_at IS NULL AND deleted_at IS NULL) AS member,
                EXISTS (SELECT 1 FROM customer_flag_assignment
                         WHERE flag_id = $2 AND customer_id = $3
                           AND removed_at IS NULL AND deleted_at IS NULL) AS flagged`,
        [segment.id, flag.id, customerId]
      )
      return rows[0]
    })

  /** @type {Record<"from_placed" | "from_request" | "membership_only", (number | null)[]>} */
  const enter = { from_placed: [], from_request: [], membership_only: [] }
  /** @type {string[]} */
  const placedOrders = []
  for (const customer of customers) {
    /** @type {{ draft_order: { id: string } }} */
    const { draft_order } = await api("create draft order", "POST", "/admin/draft-orders", {
      customer_id: customer.id,
      email: customer.email,
      region_id: REGIONS.sek.id,
      sales_channel_id: SALES_CHANNELS[0].id,
      currency_code: "sek",
      items: [{ title: "Bench incremental", unit_price: 300000, quantity: 1 }],
    })
    const requested = performance.now()
    const converted = await call(
      baseUrl,
      headers,
      "POST",
      `/admin/draft-orders/${draft_order.id}/convert-to-order`,
      {},
      300
    )
    /** @type {{ order: { id: string } }} */
    const { order } = await expectOk("convert to order", converted)
    // The workflow emits order.placed as it finishes, just before it answers.
    const placed = performance.now()
    placedOrders.push(order.id)
    /** @type {number | null} */
    let memberAt = null
    const done = await waitFor(placed, async () => {
      const state = await stateOf(customer.id)
      if (state.member && memberAt === null) memberAt = Math.round(performance.now() - placed)
      return state.member && state.flagged
    })
    enter.from_placed.push(done)
    enter.from_request.push(done === null ? null : Math.round(done + (placed - requested)))
    enter.membership_only.push(memberAt)
    record("incremental_enter_sample", {
      customer_id: customer.id,
      order_id: order.id,
      convert_ms: Math.round(placed - requested),
      member_ms: memberAt,
      member_and_flag_ms: done,
    })
    log(
      `Incremental: ${customer.id} entered after ${done ?? "(not within the limit)"} ms from order.placed`
    )
  }

  // Cancel them again (order.canceled: the customer leaves and loses the flag).
  /** @type {(number | null)[]} */
  const leave = []
  for (const [i, orderId] of placedOrders.entries()) {
    const started = performance.now()
    await api("cancel order", "POST", `/admin/orders/${orderId}/cancel`, {})
    const canceled = performance.now()
    const done = await waitFor(canceled, async () => {
      const state = await stateOf(customers[i].id)
      return !state.member && !state.flagged
    })
    leave.push(done)
    record("incremental_leave_sample", {
      order_id: orderId,
      cancel_ms: Math.round(canceled - started),
      left_and_unflagged_ms: done,
    })
  }

  /** @param {(number | null)[]} values */
  const known = (values) => /** @type {number[]} */ (values.filter((v) => v !== null))
  const enterSummary = summary(known(enter.from_placed))
  record("incremental", {
    segment: "I",
    samples: customers.length,
    timed_out: enter.from_placed.filter((v) => v === null).length,
    enter_from_order_placed: enterSummary,
    enter_from_convert_request: summary(known(enter.from_request)),
    membership_only_from_order_placed: summary(known(enter.membership_only)),
    leave_after_cancel: summary(known(leave)),
    target_ms: TARGET_MS,
    within_target:
      enterSummary.max_ms !== null &&
      enterSummary.max_ms <= TARGET_MS &&
      !enter.from_placed.includes(null),
  })
}

module.exports = { run }

// @ts-check
"use strict"
/**
 * The ledger benchmark's closing table: every figure recorded in the run,
 * each HTTP one with its p50, p95, requests per second and sample size,
 * beside the target of issue 15 it answers to (met or not). The targets
 * are for 10M entries; at smaller sizes they are only indications.
 */

/**
 * The figures recorded in the run (bench/ledger/run.js), as the summary reads them.
 * @typedef {import("../lib/harness").Figures} Figures
 * @typedef {(measure: string) => Figures | undefined} GetFigures
 * @typedef {{ p95_below_ms?: number, p95_at_most_times?: number, of?: string }} Target
 * @typedef {Awaited<ReturnType<typeof import("./http").loadTest>>} LoadFigures
 * @typedef {Awaited<ReturnType<typeof import("./http").streamDownload>>} DownloadFigures
 * @typedef {{ measure: string, route?: string, target?: Target } & ({ missing: true, status: number } | ({ missing?: undefined } & LoadFigures))} HttpFigures
 * @typedef {{ seconds: number, orders_per_second: number, p50_ms: number, p95_ms: number }} CreditRun
 */

/**
 * @typedef {import("./generate").LedgerCounts & {
 *   migrate_seconds: number,
 *   balance_check?: Awaited<ReturnType<typeof import("./generate").checkBalances>> & { seconds: number },
 * } & ({
 *   reused: true,
 *   generated?: false | { at: Date, customers: number, entries: number, history_days: number, seconds: number },
 * } | {
 *   reused: false,
 *   generation_seconds: number,
 *   phases: { phase: string, seconds: number }[],
 * })} DataFigures
 */

/**
 * @typedef {object} CreditFigures what bench/ledger/credit-orders.ts writes
 * @property {number} orders
 * @property {number} concurrency
 * @property {CreditRun & { orders: number }} create_orders
 * @property {CreditRun & { errors: number }} credit
 * @property {CreditRun & { orders: number }} redelivery
 * @property {{ entries: number, accounts: number, balance_mismatches: number }} check
 */

/** RSS may move by this much from the second tenth of the export on and still count as flat. */
const FLAT_RSS_MB = 5

const HTTP_MEASURES = [
  ["balance_read", "balance read GET /admin/customers/:id/loyalty"],
  ["customer_read", "yardstick: Medusa's GET /admin/customers/:id"],
  ["report_first_page", "report first page (with_totals=false)"],
  ["report_cursor_anywhere", "report page by cursor, anywhere in the ledger"],
  ["report_filtered_first_page", "report, type=earn&from=-90d, first page"],
  ["report_filtered_cursor", "report, type=earn&from=-90d, by cursor in the filter"],
  ["report_member_number", "report, q=<member number>"],
  ["report_customer", "report, customer_id=<customer>"],
  ["totals_range", "totals GET …/entries/totals, random range"],
  ["totals_range_type", "totals, random range and type"],
  ["weekly_52_weeks", "weekly chart, 52 weeks at a random end"],
  ["report_offset", "before: offset pages 1–50 with totals (small sample)"],
  ["report_offset_filtered", "before: same, type=earn&from=-90d"],
  ["report_offset_deep", "before: any offset ≤ 10,000, rows only"],
]

/** @param {Date | string | null | undefined} value */
const day = (value) => (value ? new Date(value).toISOString().slice(0, 10) : "?")
/** @param {boolean} met */
const verdict = (met) => (met ? "met" : "NOT met")

/**
 * @param {HttpFigures} r
 * @param {GetFigures} get
 */
function targetOf(r, get) {
  const target = r.target
  if (!target || r.missing || !r.ok) return ""
  if (target.p95_below_ms) {
    return ` · target p95 < ${target.p95_below_ms} ms: ${verdict(r.p95_ms < target.p95_below_ms)}`
  }
  if (target.p95_at_most_times) {
    const other = /** @type {HttpFigures | undefined} */ (get(/** @type {string} */ (target.of)))
    if (!other || other.missing || !other.ok) return ""
    const ratio = r.p95_ms / other.p95_ms
    return ` · ${ratio.toFixed(2)}× the yardstick's p95 (target ≤ ${target.p95_at_most_times}×: ${verdict(ratio <= target.p95_at_most_times)})`
  }
  return ""
}

/**
 * @param {HttpFigures} r
 * @param {GetFigures} get
 */
function httpFigure(r, get) {
  if (r.missing) {
    return r.measure.startsWith("totals")
      ? "skipped: the route answers 404 on this code (the totals route is being built)"
      : `route missing (${r.status})`
  }
  const limited = r.stopped_by_time_limit
    ? `; time limit reached after ${r.sent} of ${r.requests}`
    : ""
  const errors = r.errors.length
    ? `; errors: ${r.errors.map((e) => `${e.times}× ${e.error}`).join("; ")}`
    : ""
  return (
    `p50 ${r.p50_ms} ms · p95 ${r.p95_ms} ms · ${r.requests_per_second} req/s · n=${r.ok}` +
    ` (${r.ok}/${r.sent} ok at c=${r.concurrency}${limited}${errors})` +
    targetOf(r, get)
  )
}

/**
 * @param {Figures[]} results
 * @returns {[string, string][]}
 */
function summaryRows(results) {
  /** @type {GetFigures} */
  const get = (measure) => results.find((r) => r.measure === measure)
  /** @type {[string, string][]} */
  const rows = []
  /**
   * @param {string} what
   * @param {string} figure
   */
  const add = (what, figure) => rows.push([what, figure])

  const data = /** @type {DataFigures | undefined} */ (get("data"))
  if (data) {
    add(
      "data",
      `${data.customers} customers · ${data.entries} entries (${data.pending_lots} pending) from ` +
        `${day(data.first_entry_at)} to ${day(data.last_entry_at)}` +
        `${data.reused ? " (reused, --keep)" : ""}`
    )
    add(
      "database size",
      `${data.database_size} (loyalty_entry with its indexes ${data.entry_table_size})`
    )
    add(
      "db:migrate",
      `${data.migrate_seconds} s${data.reused ? " (again, over the kept data)" : ""}`
    )
    if (!data.reused) {
      add("generation", `${data.generation_seconds} s in all`)
      for (const p of data.phases) add(`  ${p.phase}`, `${p.seconds} s`)
    } else if (data.generated) {
      add(
        "generated earlier",
        `${new Date(data.generated.at).toISOString()} in ${data.generated.seconds} s (${data.generated.entries} entries, ${data.generated.history_days} days)`
      )
    }
    if (data.balance_check) {
      add(
        "balance check",
        `${data.balance_check.accounts_checked} accounts · ${data.balance_check.kept_mismatch} kept / ` +
          `${data.balance_check.total_mismatch} total mismatches · ${data.balance_check.seconds} s`
      )
    }
  }

  const pgbench =
    /** @type {Required<Awaited<ReturnType<typeof import("./pgbench").runPgbench>>> | undefined} */ (
      get("pgbench")
    )
  if (pgbench) {
    /** @param {ReturnType<typeof import("./pgbench").parseReport>} r */
    const run = (r) =>
      `${Math.round(/** @type {number} */ (r.tps))} tps · latency avg ${r.latency_avg_ms} ms · ${r.transactions} transactions${r.failed ? ` · ${r.failed} failed` : ""}`
    const how = `(scale ${pgbench.scale}, c=${pgbench.clients}, j=${pgbench.threads}, ${pgbench.seconds} s)`
    add(`yardstick: pgbench -S ${how}`, run(pgbench.select_only))
    add(`yardstick: pgbench -N ${how}`, run(pgbench.simple_update))
  }

  const credit = /** @type {CreditFigures | undefined} */ (get("credit_orders"))
  if (credit) {
    const ratio = credit.credit.orders_per_second / credit.create_orders.orders_per_second
    add(
      "createOrderWorkflow (setup)",
      `${credit.create_orders.orders} orders in ${credit.create_orders.seconds} s · ${credit.create_orders.orders_per_second} orders/s`
    )
    add(
      `creditPointsForOrderWorkflow, c=${credit.concurrency}`,
      `${credit.credit.orders_per_second} orders/s · ${credit.orders} orders in ${credit.credit.seconds} s · ` +
        `p50 ${credit.credit.p50_ms} ms · p95 ${credit.credit.p95_ms} ms · errors ${credit.credit.errors} · ` +
        `${ratio.toFixed(2)}× createOrderWorkflow (target ≥ 2×: ${verdict(ratio >= 2)})`
    )
    add(
      "  redelivered (already credited)",
      `${credit.redelivery.orders} orders · ${credit.redelivery.orders_per_second} orders/s · p50 ${credit.redelivery.p50_ms} ms · p95 ${credit.redelivery.p95_ms} ms`
    )
    add(
      "  check",
      `${credit.check.entries} entries · ${credit.check.accounts} accounts · ${credit.check.balance_mismatches} balance mismatches`
    )
  }

  const server = /** @type {import("../lib/harness").ServerFigures | undefined} */ (get("server"))
  if (server)
    add(
      "server",
      `${server.command}; healthy in ${server.startup_seconds} s; RSS ${server.rss_after_start_mb} MB`
    )
  for (const [measure, label] of HTTP_MEASURES) {
    const r = /** @type {HttpFigures | undefined} */ (get(measure))
    if (r) add(label, httpFigure(r, get))
  }

  const csv =
    /** @type {({ missing: true, status: number, error?: undefined } | ({ missing?: undefined } & DownloadFigures)) | undefined} */ (
      get("csv_export")
    )
  if (csv) {
    add(
      "CSV export (whole ledger)",
      csv.missing
        ? `route missing (${csv.status})`
        : csv.error
          ? `failed: ${csv.error}`
          : `${csv.rows} rows · ${csv.mb} MB in ${csv.seconds} s (${csv.rows_per_second} rows/s, first byte ${csv.first_byte_ms} ms)`
    )
    if (!csv.missing && !csv.error) {
      const tenths = /** @type {number[]} */ (
        csv.server_rss_by_tenth_mb.filter((mb) => mb !== null)
      )
      const late = tenths.length > 1 ? Math.max(...tenths.slice(1)) - tenths[1] : 0
      add(
        "  server RSS during export",
        `${csv.server_rss_before_mb} → peak ${csv.server_rss_peak_mb} MB (+${csv.server_rss_growth_mb} MB, ` +
          `${csv.rss_samples} samples at 100 ms) · VmHWM ${csv.server_vmhwm_after_mb} MB · ` +
          `target growth < 50 MB: ${verdict(csv.server_rss_growth_mb < 50)}`
      )
      add(
        "  server RSS by tenth of the export",
        `${csv.server_rss_by_tenth_mb.join(" · ")} MB · from the second tenth on +${late} MB ` +
          `(target none, ≤ ${FLAT_RSS_MB} MB of noise: ${verdict(late <= FLAT_RSS_MB)})`
      )
      add("  client RSS peak", `${csv.client_rss_peak_mb} MB (streamed, not buffered)`)
    }
  }
  return rows
}

/**
 * @param {Figures[]} results
 * @param {Awaited<ReturnType<import("../lib/harness").Harness["machine"]>>} info
 */
function printSummary(results, info) {
  const rows = [
    ...summaryRows(results),
    [
      "machine",
      `${info.cores} cores (${info.cpu}) · ${info.memory_gb} GB · Node ${info.node} · PostgreSQL ${info.postgres} (shared_buffers ${info.shared_buffers}, work_mem ${info.work_mem}, jit ${info.jit})`,
    ],
    ["code measured", info.code],
    [
      "load average at end",
      `${info.load_average_end} (1/5/15 min; other work on the machine skews figures)`,
    ],
  ]
  const width = Math.max(...rows.map(([what]) => what.length))
  console.log("\n=== Loyalty ledger benchmark ===")
  for (const [what, figure] of rows) console.log(`${what.padEnd(width)}  ${figure}`)
}

module.exports = { printSummary, summaryRows }

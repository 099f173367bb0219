#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:overview [-- options]` — the customer overview benchmark.
 *
 *  1. A database of its own (medusa_customer_loyalty_overview_bench:
 *     dropped and recreated unless --keep), `medusa db:migrate`, and the
 *     segments benchmark's data (bench/segments/generate.js: customers,
 *     orders with summaries, flags, loyalty accounts and tiers) plus B2B
 *     profiles and a SEK store (bench/overview/data.js).
 *  2. The order facts and sales figures rebuilt for everyone
 *     (bench/overview/rebuild.ts in `medusa exec`: `rebuildOrderFactsWorkflow`,
 *     the facts in batches, then the figures in one statement).
 *  3. `medusa start` (repository root, TypeScript sources, no scheduled
 *     jobs) on a free port; `GET /admin/customer-overview` timed one
 *     request at a time: the first page by sales, filtered by a flag, by a
 *     tier sorted by sales, and a search; then the CSV export of every
 *     customer, twice, streamed and counted by the client while the
 *     server's RSS is sampled.
 *  4. A summary against the targets (page p95 < 300 ms, export of 100,000
 *     rows < 10 s in flat memory).
 *
 * Figures are printed as JSON lines (`{"bench":"overview",…}`) as they come
 * and as a table at the end. See bench/README.md.
 */
"use strict"

const fs = require("node:fs")
const path = require("node:path")
const { generate, counts, FLAGS, TIERS } = require("../segments/generate")
const { loadTest, streamDownload, memoryOf, round } = require("../ledger/http")
const { addOverviewData } = require("./data")
const { createHarness, loadAverage, SERVER } = require("../lib/harness")

const OUT_DIR = path.join(__dirname, ".out")
const DATABASE = process.env.BENCH_DATABASE || "medusa_customer_loyalty_overview_bench"
const {
  results,
  log,
  record,
  timed,
  withClient,
  recreateDatabase,
  medusaEnv,
  spawnMedusa,
  runMedusa,
  stopGroup,
  freePort,
  waitForHealth,
  ensureAdminUser,
  login,
  machine,
  stopAll,
} = createHarness({ bench: "overview", database: DATABASE, outDir: OUT_DIR })

const FULL = { customers: 100_000, orders: 1_000_000 }
const QUICK = { customers: 2_000, orders: 20_000 }
const PAGE_TARGET_MS = 300
const EXPORT_TARGET_S = 10

// Both are in their tables (bench/segments/generate.js).
const VIP = /** @type {{ id: string }} */ (FLAGS.find((f) => f.name === "VIP")).id
const GOLD = /** @type {{ id: string }} */ (TIERS.find((t) => t.name === "Gold")).id
/** Searches of every kind: a surname, a first name, a company, an email domain. */
const SEARCHES = ["andersson", "maja", "acme", "nordic foods", "gmx.de", "erik.nilsson"]

const HELP = `Usage: npm run bench:overview -- [options]

  --quick            smoke run: ${QUICK.customers} customers, ${QUICK.orders} orders
  --customers N      customers (default ${FULL.customers})
  --orders N         orders (default ${FULL.orders})
  --requests N       timed requests per page measurement, one at a time, after
                     2 warm-up requests (default 50, at least 20)
  --limit N          page size (default 50)
  --time-limit S     seconds per page measurement before it stops (default 300)
  --port N           server port, or the next free one (default 9300)
  --keep             keep the database if it holds bench data (migrations and
                     the rebuild of the sales figures still run)
  --data-only        stop after the data and the rebuild

Database: ${DATABASE} (BENCH_DATABASE) on BENCH_POSTGRES_URL (default ${SERVER}).
Logs of the Medusa commands go to bench/overview/.out/.`

/**
 * @typedef {object} Options
 * @property {boolean} quick
 * @property {boolean} keep
 * @property {boolean} dataOnly
 * @property {boolean} [help]
 * @property {number} customers
 * @property {number} orders
 * @property {number} requests
 * @property {number} limit
 * @property {number} timeLimit
 * @property {number} port
 */
/** @typedef {"customers" | "orders" | "requests" | "limit" | "timeLimit" | "port"} NumberOption */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Pick<Options, "quick" | "keep" | "dataOnly" | "help">} */
  const options = { quick: false, keep: false, dataOnly: false }
  /** @type {Partial<Record<NumberOption, number>>} */
  const numbers = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const value = () => (inline !== undefined ? inline : argv[++i])
    switch (flag) {
      case "--quick":
        options.quick = true
        break
      case "--keep":
        options.keep = true
        break
      case "--data-only":
        options.dataOnly = true
        break
      case "--help":
      case "-h":
        options.help = true
        break
      case "--customers":
      case "--orders":
      case "--requests":
      case "--limit":
      case "--time-limit":
      case "--port": {
        const number = Number(String(value()).replace(/_/g, ""))
        if (!Number.isInteger(number) || number < 1)
          throw new Error(`${flag} needs a positive whole number`)
        numbers[
          /** @type {NumberOption} */ (flag.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase()))
        ] = number
        break
      }
      default:
        throw new Error(`Unknown option ${argv[i]} (try --help)`)
    }
  }
  const merged = {
    ...options,
    ...(options.quick ? QUICK : FULL),
    requests: 50,
    limit: 50,
    timeLimit: 300,
    port: 9300,
    ...numbers,
  }
  if (merged.requests < 20) throw new Error("--requests must be at least 20")
  return merged
}

async function hasBenchData() {
  try {
    return await withClient(DATABASE, async (client) => {
      const { rows } = await client.query(
        `SELECT to_regclass('public.customer_sales_stats') IS NOT NULL
                AND EXISTS (SELECT 1 FROM "order" WHERE id LIKE 'order\\_01BENCH%')
                AND EXISTS (SELECT 1 FROM customer_business_profile WHERE id LIKE 'cbiz\\_01BENCH%') AS ready`
      )
      return rows[0].ready
    })
  } catch {
    return false
  }
}

/** @param {Options} options */
async function prepareDatabase(options) {
  const reuse = options.keep && (await hasBenchData())
  if (!reuse) {
    await timed(`Recreating database ${DATABASE}`, recreateDatabase)
  } else {
    log(`--keep: reusing ${DATABASE} and its data`)
  }
  // Also with --keep: the code measured may bring new migrations.
  const migrate = await timed("medusa db:migrate", () => runMedusa("db-migrate", ["db:migrate"]))
  if (reuse) {
    record("data", {
      reused: true,
      migrate_seconds: migrate.seconds,
      ...(await withClient(DATABASE, counts)),
    })
    return
  }
  const generation = await timed(
    `Generating ${options.customers} customers and ${options.orders} orders (bench/segments/generate.js)`,
    () =>
      withClient(DATABASE, (client) =>
        generate(client, { customers: options.customers, orders: options.orders, log })
      )
  )
  const extra = await timed(
    "B2B profiles and the store's currencies (bench/overview/data.js)",
    () => withClient(DATABASE, (client) => addOverviewData(client, { log }))
  )
  record("data", {
    reused: false,
    migrate_seconds: migrate.seconds,
    generation_seconds: generation.seconds,
    ...generation.value.counts,
    ...extra.value.counts,
    steps: Object.fromEntries(
      [...generation.value.timings, ...extra.value.timings].map((t) => [
        t.step,
        round(t.seconds, 1),
      ])
    ),
  })
}

/** `rebuildOrderFactsWorkflow` in `medusa exec`, timed inside. */
async function rebuildStats() {
  const resultFile = path.join(OUT_DIR, "rebuild.json")
  fs.rmSync(resultFile, { force: true })
  await timed("Order facts and sales figures rebuilt (medusa exec bench/overview/rebuild.ts)", () =>
    runMedusa(
      "rebuild",
      ["exec", "./bench/overview/rebuild.ts"],
      medusaEnv({ BENCH_RESULT_FILE: resultFile })
    )
  )
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  record("rebuild", result)
  if (!result.agree) {
    throw new Error(`The rebuilt sales figures disagree with the orders: ${JSON.stringify(result)}`)
  }
  // A rebuild replaces every row: the old ones stay as dead tuples (and
  // their index entries) until a vacuum. Autovacuum does that in a store;
  // where it is off (as on some benchmark machines), do what it would.
  const autovacuum = await withClient(DATABASE, async (client) => {
    /** @type {import("pg").QueryResult<{ autovacuum: string, dead_rows: number }>} */
    const { rows } = await client.query(
      `SELECT current_setting('autovacuum') AS autovacuum, n_dead_tup::int AS dead_rows
         FROM pg_stat_user_tables WHERE relname = 'customer_sales_stats'`
    )
    return rows[0]
  })
  if (autovacuum.autovacuum !== "on") {
    const vacuum = await timed("VACUUM (ANALYZE) customer_sales_stats (autovacuum is off)", () =>
      withClient(DATABASE, (client) => client.query("VACUUM (ANALYZE) customer_sales_stats"))
    )
    record("vacuum_stats", { ...autovacuum, seconds: vacuum.seconds })
  }
}

/**
 * The JSON of a 2xx answer (typed by the caller); throws on any other.
 * @template T
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {string} route
 * @returns {Promise<T>}
 */
async function getJson(baseUrl, headers, route) {
  const response = await fetch(baseUrl + route, { headers })
  const text = await response.text()
  if (!response.ok) throw new Error(`GET ${route}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/**
 * The parts of a `GET /admin/customer-overview` page the benchmark shows.
 * @typedef {object} OverviewPage
 * @property {number} count
 * @property {{ email: string, sales_total: number, order_count: number, flags: { name: string }[], tier: { name: string } | null }[]} customers
 */

/**
 * One page measurement: `requests` sequential requests after 2 warm-ups.
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {number | undefined} serverPid
 * @param {Options} options
 * @param {{ key: string, label: string, pathFor: (i: number) => string }} measure
 */
async function measurePage(baseUrl, headers, serverPid, options, { key, label, pathFor }) {
  const load = loadAverage()
  /** @type {OverviewPage} */
  const first = await getJson(baseUrl, headers, pathFor(0))
  const figures = await loadTest({
    baseUrl,
    headers,
    count: options.requests,
    concurrency: 1,
    warmup: 2,
    timeLimitS: options.timeLimit,
    pathFor,
    serverPid,
  })
  record("page", {
    key,
    label,
    example: pathFor(0),
    count: first.count,
    rows: first.customers.length,
    first_row: first.customers[0]
      ? {
          email: first.customers[0].email,
          sales_total: first.customers[0].sales_total,
          order_count: first.customers[0].order_count,
          flags: first.customers[0].flags.map((f) => f.name),
          tier: first.customers[0].tier?.name ?? null,
        }
      : null,
    ...figures,
    load_average_before: load,
  })
  if (figures.errors.length) log(`${key}: errors ${JSON.stringify(figures.errors)}`)
}

/** @param {Options} options */
async function measureServer(options) {
  await timed("Admin user (medusa user)", ensureAdminUser)
  const port = await freePort(options.port)
  const baseUrl = `http://localhost:${port}`
  // MEDUSA_WORKER_MODE=server: no scheduled jobs running behind the figures.
  const server = spawnMedusa(
    "server",
    ["start", "--port", String(port)],
    medusaEnv({ PORT: String(port), MEDUSA_WORKER_MODE: "server" })
  )
  const serverPid = server.child.pid
  try {
    const startup = await timed(`medusa start on port ${port} (pid ${serverPid})`, () =>
      waitForHealth(baseUrl, server.exited)
    )
    const headers = await login(baseUrl)
    record("server", {
      command:
        "medusa start (repository root, TypeScript sources, admin disabled, MEDUSA_WORKER_MODE=server: no scheduled jobs)",
      port,
      pid: serverPid,
      startup_seconds: startup.seconds,
      rss_after_start_mb: round(memoryOf(serverPid)?.rss_mb),
    })

    const page = `limit=${options.limit}`
    /** @type {{ key: string, label: string, pathFor: (i: number) => string }[]} */
    const measures = [
      {
        key: "a",
        label: "first page by sales (default order -sales_total, store currency)",
        pathFor: () => `/admin/customer-overview?${page}`,
      },
      {
        key: "b",
        label: "flag VIP",
        pathFor: () => `/admin/customer-overview?flag_id=${VIP}&${page}`,
      },
      {
        key: "c",
        label: "tier Gold, by sales",
        pathFor: () => `/admin/customer-overview?tier_id=${GOLD}&order=-sales_total&${page}`,
      },
      {
        key: "d",
        label: `search q (${SEARCHES.join(", ")}, in turn)`,
        pathFor: (i) =>
          `/admin/customer-overview?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&${page}`,
      },
      {
        key: "e",
        label: "page 100 by name (offset)",
        pathFor: () => `/admin/customer-overview?order=name&offset=${99 * options.limit}&${page}`,
      },
    ]
    for (const measure of measures) {
      log(`Page ${measure.key}: ${measure.label}…`)
      await measurePage(baseUrl, headers, serverPid, options, measure)
    }

    // Twice: memory that streams stays where the first run left it.
    const customers = await withClient(DATABASE, async (client) =>
      Number(
        (await client.query("SELECT count(*) FROM customer WHERE deleted_at IS NULL")).rows[0].count
      )
    )
    for (const run of [1, 2]) {
      log(`Export of every customer (run ${run})…`)
      const load = loadAverage()
      const download = await streamDownload({
        baseUrl,
        headers,
        path: "/admin/customer-overview/export",
        serverPid,
      })
      record("export", {
        run,
        ...download,
        customers,
        complete: download.rows === customers,
        load_average_before: load,
      })
    }
  } finally {
    await timed("Stopping the server", () => stopGroup(server.child))
  }
}

/** @param {number | null | undefined} value none when a download failed */
const ms = (value) =>
  typeof value === "number" && value >= 1000
    ? `${round(value / 1000, 2)} s`
    : `${round(value, 0)} ms`

/**
 * The figures the summary reads, as the run records them.
 * @typedef {import("../lib/harness").Figures} Figures
 * @typedef {Awaited<ReturnType<typeof loadTest>>} LoadFigures
 * @typedef {Awaited<ReturnType<typeof streamDownload>>} DownloadFigures
 * @typedef {import("../segments/generate").SegmentCounts & { reused: boolean, business_profiles?: number }} DataFigures
 */

/**
 * @param {Options} options
 * @param {Awaited<ReturnType<typeof machine>>} info
 */
function printSummary(options, info) {
  /** @type {[string, string][]} */
  const rows = []
  /**
   * @param {string} what
   * @param {string} figure
   */
  const add = (what, figure) => rows.push([what, figure])
  /** @param {string} measure */
  const get = (measure) => results.find((r) => r.measure === measure)
  const fullSize = options.customers === FULL.customers && options.orders === FULL.orders
  const data = /** @type {DataFigures | undefined} */ (get("data"))
  if (data) {
    add(
      "data",
      `${data.customers} customers (${data.customers_with_orders} with orders) · ${data.orders} orders · ${data.active_flag_assignments} active flag assignments · ${data.loyalty_accounts} loyalty accounts${data.business_profiles ? ` · ${data.business_profiles} B2B profiles` : ""}${data.reused ? " (reused, --keep)" : ""}`
    )
  }
  // What bench/overview/rebuild.ts writes.
  const rebuild = /** @type {{ ms: number, rows: number, agree: boolean } | undefined} */ (
    get("rebuild")
  )
  if (rebuild) {
    add(
      "rebuild of the sales figures",
      `${ms(rebuild.ms)} · ${rebuild.rows} rows (customer × currency) · ${rebuild.agree ? "agree with the orders" : "DISAGREE with the orders"}`
    )
  }
  const vacuum = /** @type {{ dead_rows: number, seconds: number } | undefined} */ (
    get("vacuum_stats")
  )
  if (vacuum)
    add(
      "  then, autovacuum being off",
      `VACUUM (ANALYZE) of the figures (${vacuum.dead_rows} dead rows) · ${vacuum.seconds} s`
    )
  const server = /** @type {import("../lib/harness").ServerFigures | undefined} */ (get("server"))
  if (server)
    add("server", `healthy in ${server.startup_seconds} s; RSS ${server.rss_after_start_mb} MB`)
  for (const p of /** @type {(Figures & LoadFigures & { key: string, label: string, count: number })[]} */ (
    results.filter((r) => r.measure === "page")
  )) {
    const verdict = fullSize
      ? p.p95_ms < PAGE_TARGET_MS
        ? ` · under the ${PAGE_TARGET_MS} ms target`
        : ` · OVER the ${PAGE_TARGET_MS} ms target`
      : ""
    add(
      `page ${p.key}: ${p.label}`,
      `p50 ${ms(p.p50_ms)} · p95 ${ms(p.p95_ms)} · max ${ms(p.max_ms)} · ${p.ok}/${p.requests} ok · count ${p.count}${verdict}`
    )
  }
  for (const exp of /** @type {(Figures & DownloadFigures & { run: number, customers: number, complete: boolean })[]} */ (
    results.filter((r) => r.measure === "export")
  )) {
    const verdict = fullSize
      ? exp.seconds < EXPORT_TARGET_S
        ? ` · under the ${EXPORT_TARGET_S} s target`
        : ` · OVER the ${EXPORT_TARGET_S} s target`
      : ""
    add(
      `export of all customers, run ${exp.run}`,
      `${exp.rows} rows (${exp.complete ? "all" : `of ${exp.customers}: INCOMPLETE`}) · ${exp.mb} MB · ${exp.seconds} s · first byte ${ms(exp.first_byte_ms)}${verdict}${exp.error ? ` · ERROR ${exp.error}` : ""}`
    )
    add(
      "  server RSS",
      `${exp.server_rss_before_mb} MB before · peak ${exp.server_rss_peak_mb} MB (+${exp.server_rss_growth_mb} MB) · by tenth ${exp.server_rss_by_tenth_mb.join(" ")}`
    )
  }
  if (!fullSize)
    add(
      "targets",
      `for ${FULL.customers} customers / ${FULL.orders} orders; this run is ${options.customers} / ${options.orders}`
    )
  add(
    "machine",
    `${info.cores} cores (${info.cpu}) · ${info.memory_gb} GB · Node ${info.node} · PostgreSQL ${info.postgres} (shared_buffers ${info.shared_buffers}, work_mem ${info.work_mem}, jit ${info.jit})`
  )
  add("code measured", info.code)
  add(
    "load average at end",
    `${info.load_average_end} (1/5/15 min; other work on the machine skews figures)`
  )
  const width = Math.max(...rows.map(([what]) => what.length))
  console.log("\n=== Customer overview benchmark ===")
  for (const [what, figure] of rows) console.log(`${what.padEnd(width)}  ${figure}`)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log(HELP)
    return
  }
  log(
    `${options.customers} customers, ${options.orders} orders; ${options.requests} requests per page measurement; load average ${loadAverage()}`
  )
  const started = performance.now()
  await prepareDatabase(options)
  await rebuildStats()
  if (!options.dataOnly) await measureServer(options)
  const info = await machine()
  record("machine", info)
  printSummary(options, info)
  log(
    `Done in ${((performance.now() - started) / 1000).toFixed(0)} s; database ${DATABASE} left in place for inspection.`
  )
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log(`${signal}: stopping`)
    stopAll().finally(() => process.exit(130))
  })
}

main()
  .catch((error) => {
    console.error(`[bench] ${error.stack ?? error.message}`)
    process.exitCode = 1
  })
  .finally(stopAll)

#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:ledger [-- options]` — the loyalty ledger benchmark.
 *
 *  1. A database of its own (medusa_customer_loyalty_bench: dropped and
 *     recreated unless --keep), `medusa db:migrate`, and data generated
 *     set-based in SQL into tables whose secondary indexes are made after
 *     the load (bench/ledger/generate.js). With --keep, `medusa db:migrate`
 *     runs again over the kept data, so newer code's tables and migration
 *     scripts are there before measuring.
 *  2. pgbench -S and -N against the same PostgreSQL (bench/ledger/pgbench.js).
 *  3. Orders credited per second through creditPointsForOrderWorkflow, in
 *     `medusa exec` (bench/ledger/credit-orders.ts).
 *  4. `medusa start` (from the repository root, on the TypeScript sources)
 *     on a free port: balance reads, report pages (first page, by cursor
 *     anywhere, filtered), totals and the weekly chart for random ranges,
 *     the offset pages of before (small sample), and the CSV export of the
 *     whole ledger with the server's memory sampled.
 *  5. A summary of every figure, against the targets of issue 15. The
 *     server is stopped at the end.
 *
 * Figures are printed as JSON lines (`{"bench":"ledger",…}`) as they come
 * and as a table at the end. See bench/README.md.
 */
"use strict"

const fs = require("node:fs")
const path = require("node:path")
const { generate, describe, generationOf, checkBalances, HISTORY_DAYS } = require("./generate")
const { loadTest, streamDownload, memoryOf, round } = require("./http")
const { runPgbench } = require("./pgbench")
const samples = require("./samples")
const { printSummary } = require("./summary")

const OUT_DIR = path.join(__dirname, ".out")
const { createHarness, loadAverage, urlOf, SERVER } = require("../lib/harness")
// BENCH_DATABASE (or BENCH_LEDGER_DATABASE) lets two runs share a PostgreSQL without dropping each other's data.
const DATABASE =
  process.env.BENCH_DATABASE || process.env.BENCH_LEDGER_DATABASE || "medusa_customer_loyalty_bench"
const PGBENCH_DATABASE = `${DATABASE}_pgbench`
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
} = createHarness({ bench: "ledger", database: DATABASE, outDir: OUT_DIR })

/** The deepest `offset` the API takes (src/api/utils/list-cursor.ts). */
const MAX_OFFSET = 10_000

const FULL = { customers: 100_000, entries: 1_000_000, orders: 2_000, requests: 2_000 }
const QUICK = { customers: 2_000, entries: 20_000, orders: 200, requests: 200 }
const HISTORY_MONTHS = Math.round(HISTORY_DAYS / 30.44)

const HELP = `Usage: npm run bench:ledger -- [options]

  --quick                 smoke run: ${QUICK.customers} customers, ${QUICK.entries} entries, ${QUICK.orders} orders, ${QUICK.requests} requests
  --customers N           customers, accounts and members (default ${FULL.customers})
  --entries N             ledger entries, at least one per customer (default ${FULL.entries})
  --history-months N      months of ledger history (default ${HISTORY_MONTHS})
  --orders N              orders credited through the workflow (default ${FULL.orders})
  --credit-concurrency N  workflows run at once (default 8)
  --requests N            requests per HTTP measurement (default ${FULL.requests})
  --offset-requests N     requests per offset measurement, kept for comparison
                          (default a tenth of --requests, at least 20)
  --concurrency N         HTTP requests in flight, and pgbench clients (default 16)
  --time-limit S          seconds per HTTP measurement before it stops sending (default 300;
                          the offset measurements stop after at most 60)
  --pgbench-seconds S     seconds of each pgbench run (default 20)
  --pgbench-scale N       pgbench -i scale of its scratch database (default 10)
  --port N                server port, or the next free one (default 9100)
  --keep                  reuse the database if it holds bench data: medusa db:migrate
                          runs again (newer code's tables and scripts), no generation
  --generate-only         generate (or with --keep, migrate) and stop
  --skip-pgbench          skip the pgbench yardstick
  --skip-credit           skip the order-credit measurement
  --skip-http             skip the server measurements
  --skip-export           skip the CSV export of the whole ledger

Database: ${DATABASE} on BENCH_POSTGRES_URL (default ${SERVER}); pgbench uses
${PGBENCH_DATABASE}, made and dropped in the run.
Logs of the Medusa commands go to bench/ledger/.out/.`

// ---------------------------------------------------------------------------
// Options

/**
 * @typedef {object} Options
 * @property {boolean} quick
 * @property {boolean} keep
 * @property {boolean} skipCredit
 * @property {boolean} skipHttp
 * @property {boolean} skipPgbench
 * @property {boolean} skipExport
 * @property {boolean} [help]
 * @property {number} customers
 * @property {number} entries
 * @property {number} orders
 * @property {number} requests
 * @property {number} offsetRequests
 * @property {number} historyMonths
 * @property {number} historyDays
 * @property {number} creditConcurrency
 * @property {number} concurrency
 * @property {number} timeLimit
 * @property {number} pgbenchSeconds
 * @property {number} pgbenchScale
 * @property {number} port
 */
/** @typedef {"customers" | "entries" | "orders" | "requests" | "offsetRequests" | "historyMonths" | "pgbenchSeconds" | "pgbenchScale" | "concurrency" | "creditConcurrency" | "port" | "timeLimit"} NumberOption */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Pick<Options, "quick" | "keep" | "skipCredit" | "skipHttp" | "skipPgbench" | "skipExport" | "help">} */
  const options = {
    quick: false,
    keep: false,
    skipCredit: false,
    skipHttp: false,
    skipPgbench: false,
    skipExport: false,
  }
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
      case "--generate-only":
        Object.assign(options, { skipCredit: true, skipHttp: true, skipPgbench: true })
        break
      case "--skip-credit":
        options.skipCredit = true
        break
      case "--skip-http":
        options.skipHttp = true
        break
      case "--skip-pgbench":
        options.skipPgbench = true
        break
      case "--skip-export":
        options.skipExport = true
        break
      case "--help":
      case "-h":
        options.help = true
        break
      case "--customers":
      case "--entries":
      case "--orders":
      case "--requests":
      case "--offset-requests":
      case "--history-months":
      case "--pgbench-seconds":
      case "--pgbench-scale":
      case "--concurrency":
      case "--credit-concurrency":
      case "--port":
      case "--time-limit": {
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
  /** @type {Omit<Options, "offsetRequests" | "historyDays"> & Partial<Options>} */
  const merged = {
    ...options,
    ...(options.quick ? QUICK : FULL),
    historyMonths: HISTORY_MONTHS,
    creditConcurrency: 8,
    concurrency: 16,
    timeLimit: 300,
    pgbenchSeconds: 20,
    pgbenchScale: 10,
    port: 9100,
    ...numbers,
  }
  merged.offsetRequests ??= Math.min(
    merged.requests,
    Math.max(20, Math.round(merged.requests / 10))
  )
  merged.historyDays =
    merged.historyMonths === HISTORY_MONTHS
      ? HISTORY_DAYS
      : Math.round(merged.historyMonths * 30.44)
  return /** @type {Options} */ (merged)
}

// ---------------------------------------------------------------------------
// Database

async function hasBenchData() {
  try {
    return await withClient(DATABASE, async (client) => {
      const { rows } = await client.query(
        "SELECT to_regclass('public.loyalty_entry') IS NOT NULL AND EXISTS (SELECT 1 FROM loyalty_entry) AS ready"
      )
      // A generation that began and did not finish (its indexes may be gone) is made again.
      return rows[0].ready && (await generationOf(client)) !== null
    })
  } catch {
    return false
  }
}

/** Stops the run when a kept balance disagrees with the ledger. */
async function checkKeptBalances() {
  const check = await timed(
    "Balance check (kept balances against a GROUP BY over the ledger)",
    () => withClient(DATABASE, checkBalances)
  )
  if (check.value.kept_mismatch || check.value.total_mismatch) {
    throw new Error(`Kept balances do not agree with the ledger: ${JSON.stringify(check.value)}`)
  }
  return { ...check.value, seconds: check.seconds }
}

/** @param {Options} options */
async function prepareDatabase(options) {
  if (options.keep && (await hasBenchData())) {
    log(`--keep: reusing ${DATABASE} and its data`)
    // Newer code may bring tables and migration scripts (run once, over the kept data).
    const migrate = await timed("medusa db:migrate (over the kept data)", () =>
      runMedusa("db-migrate", ["db:migrate"])
    )
    const made = await withClient(DATABASE, generationOf)
    const counts = await withClient(DATABASE, describe)
    const check = await checkKeptBalances()
    record("data", {
      reused: true,
      migrate_seconds: migrate.seconds,
      balance_check: check,
      generated: made?.marked && {
        at: made.generated_at,
        customers: made.customers,
        entries: made.entries,
        history_days: made.history_days,
        seconds: round(
          made.phases.reduce((sum, p) => sum + p.seconds, 0),
          1
        ),
      },
      ...counts,
    })
    return
  }
  await timed(`Recreating database ${DATABASE}`, recreateDatabase)
  const migrate = await timed("medusa db:migrate", () => runMedusa("db-migrate", ["db:migrate"]))
  const generation = await timed(
    `Generating ${options.customers} customers and ${options.entries} ledger entries over ${options.historyDays} days`,
    () =>
      withClient(DATABASE, (client) =>
        generate(client, {
          customers: options.customers,
          entries: options.entries,
          historyDays: options.historyDays,
          log,
        })
      )
  )
  const check = await checkKeptBalances()
  record("data", {
    reused: false,
    history_days: options.historyDays,
    migrate_seconds: migrate.seconds,
    generation_seconds: generation.seconds,
    ...generation.value.counts,
    balance_check: check,
    phases: generation.value.timings.map((t) => ({ phase: t.phase, seconds: round(t.seconds, 1) })),
    index_seconds: generation.value.indexSeconds.map((t) => ({
      what: t.what,
      seconds: round(t.seconds, 1),
    })),
  })
}

/** @param {Options} options */
async function measurePgbench(options) {
  /** @param {import("pg").Client} client */
  const recreate = (client) =>
    client
      .query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(PGBENCH_DATABASE)} WITH (FORCE)`)
      .then(() => client.query(`CREATE DATABASE ${client.escapeIdentifier(PGBENCH_DATABASE)}`))
  await withClient("postgres", recreate)
  try {
    const load = loadAverage()
    const result = await timed(
      `pgbench on ${PGBENCH_DATABASE} (scale ${options.pgbenchScale}, ${options.concurrency} clients, ${options.pgbenchSeconds} s each)`,
      () =>
        runPgbench({
          url: urlOf(PGBENCH_DATABASE),
          scale: options.pgbenchScale,
          clients: options.concurrency,
          threads: 2,
          seconds: options.pgbenchSeconds,
          log,
        })
    )
    record("pgbench", { load_average_before: load, ...result.value })
  } finally {
    await withClient("postgres", (client) =>
      client.query(
        `DROP DATABASE IF EXISTS ${client.escapeIdentifier(PGBENCH_DATABASE)} WITH (FORCE)`
      )
    )
  }
}

/** @param {Options} options */
async function measureCredit(options) {
  const resultFile = path.join(OUT_DIR, "credit-orders.json")
  fs.mkdirSync(OUT_DIR, { recursive: true })
  fs.rmSync(resultFile, { force: true })
  const load = loadAverage()
  await timed(
    `medusa exec credit-orders.ts (${options.orders} orders, concurrency ${options.creditConcurrency})`,
    () =>
      runMedusa(
        "credit-orders",
        ["exec", "./bench/ledger/credit-orders.ts"],
        medusaEnv({
          BENCH_ORDERS: String(options.orders),
          BENCH_CONCURRENCY: String(options.creditConcurrency),
          BENCH_WARMUP: "20",
          BENCH_REDELIVERIES: String(Math.min(options.orders, 200)),
          BENCH_RESULT_FILE: resultFile,
        }),
        { echo: /Created \d+\/|Credited \d+\// }
      )
  )
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  record("credit_orders", { load_average_before: load, ...result })
}

// ---------------------------------------------------------------------------
// HTTP

/**
 * A quick look at a route: its status, and the JSON body when there is one.
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {string} route
 */
async function probe(baseUrl, headers, route) {
  const response = await fetch(baseUrl + route, { headers })
  const text = await response.text()
  let body = null
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: the text says what went wrong.
  }
  return { status: response.status, body, text: text.slice(0, 300) }
}

/** @param {Options} options */
async function measureHttp(options) {
  await timed("Admin user (medusa user)", ensureAdminUser)
  const port = await freePort(options.port)
  const baseUrl = `http://localhost:${port}`
  const server = spawnMedusa(
    "server",
    ["start", "--port", String(port)],
    medusaEnv({ PORT: String(port) })
  )
  const serverPid = server.child.pid
  try {
    const startup = await timed(`medusa start on port ${port} (pid ${serverPid})`, () =>
      waitForHealth(baseUrl, server.exited)
    )
    const headers = await login(baseUrl)
    record("server", {
      command:
        "medusa start (repository root, TypeScript sources through ts-node/swc, admin disabled)",
      port,
      pid: serverPid,
      startup_seconds: startup.seconds,
      rss_after_start_mb: round(memoryOf(serverPid)?.rss_mb),
    })

    const since = new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString().slice(0, 10)
    const sampled = await timed("Sampling cursors, member numbers and the ledger's span", () =>
      withClient(DATABASE, async (client) => {
        const {
          rows: [{ customers, entries }],
        } = await client.query(
          `SELECT (SELECT count(*) FROM customer WHERE id LIKE 'cus\\_01BENCH%')::int AS customers,
                  (SELECT count(*) FROM loyalty_entry)::int AS entries`
        )
        return {
          customers,
          entries,
          cursors: await samples.sampleCursors(client, { total: entries, since }),
          memberNumbers: await samples.sampleMemberNumbers(client, customers),
          span: await samples.ledgerSpan(client),
        }
      })
    )
    const { customers, entries, cursors, memberNumbers, span } = sampled.value
    const randomCustomer = () => samples.benchCustomerId(1 + samples.randomInt(customers))

    const common = {
      baseUrl,
      headers,
      concurrency: options.concurrency,
      warmup: 50,
      timeLimitS: options.timeLimit,
      serverPid,
    }
    const entriesRoute = "/admin/loyalty/entries"
    const rowsOnly = "limit=20&with_totals=false"

    /**
     * One measurement: probes the route first (a route this code does not
     * have is noted, not failed), then `count` requests.
     * @param {string} name
     * @param {object} measurement
     * @param {string} measurement.route
     * @param {(i: number) => string} measurement.pathFor
     * @param {import("./summary").Target} [measurement.target]
     * @param {number} [measurement.count]
     * @param {number} [measurement.concurrency]
     * @param {number} [measurement.warmup]
     * @param {number} [measurement.timeLimitS]
     */
    const measure = async (
      name,
      { route, pathFor, target, count = options.requests, ...overrides }
    ) => {
      const first = await probe(baseUrl, headers, pathFor(0))
      if (first.status === 404) {
        record(name, { route, missing: true, status: 404, body: first.text, target })
        return
      }
      record(name, {
        route,
        target,
        load_average_before: loadAverage(),
        ...(await loadTest({ ...common, count, pathFor, ...overrides })),
      })
    }

    // Balance read, and Medusa's own customer read at the same concurrency as its yardstick.
    await measure("balance_read", {
      route: "GET /admin/customers/:id/loyalty",
      pathFor: () => `/admin/customers/${randomCustomer()}/loyalty`,
      target: { p95_at_most_times: 1.5, of: "customer_read" },
    })
    await measure("customer_read", {
      route: "GET /admin/customers/:id",
      pathFor: () => `/admin/customers/${randomCustomer()}`,
    })

    // The report, the rows alone (the totals are their own request).
    await measure("report_first_page", {
      route: `GET ${entriesRoute}?${rowsOnly}`,
      pathFor: () => `${entriesRoute}?${rowsOnly}`,
      target: { p95_below_ms: 50 },
    })
    await measure("report_cursor_anywhere", {
      route: `GET ${entriesRoute}?${rowsOnly}&cursor=<random row of the ledger, ${cursors.anywhere.length} cursors>`,
      pathFor: () => `${entriesRoute}?${rowsOnly}&cursor=${samples.pick(cursors.anywhere)}`,
      target: { p95_below_ms: 50 },
    })
    const earnSince = `type=earn&from=${since}`
    await measure("report_filtered_first_page", {
      route: `GET ${entriesRoute}?${rowsOnly}&type=earn&from=<90 days ago>`,
      pathFor: () => `${entriesRoute}?${rowsOnly}&${earnSince}`,
      target: { p95_below_ms: 100 },
    })
    if (cursors.earnSince.length) {
      await measure("report_filtered_cursor", {
        route: `GET ${entriesRoute}?${rowsOnly}&type=earn&from=<90 days ago>&cursor=<random row in the filter, ${cursors.earnSince.length} cursors>`,
        pathFor: () =>
          `${entriesRoute}?${rowsOnly}&${earnSince}&cursor=${samples.pick(cursors.earnSince)}`,
        target: { p95_below_ms: 100 },
      })
    }
    await measure("report_member_number", {
      route: `GET ${entriesRoute}?${rowsOnly}&q=<existing member number>`,
      pathFor: () => `${entriesRoute}?${rowsOnly}&q=${samples.pick(memberNumbers)}`,
      target: { p95_below_ms: 100 },
    })
    await measure("report_customer", {
      route: `GET ${entriesRoute}?${rowsOnly}&customer_id=<random customer>`,
      pathFor: () => `${entriesRoute}?${rowsOnly}&customer_id=${randomCustomer()}`,
      target: { p95_below_ms: 100 },
    })

    // Totals and the weekly chart for random ranges of the ledger's days.
    const range = () => {
      const { from, to } = samples.randomRange(span)
      return `from=${from}&to=${to}`
    }
    const TYPES = ["earn", "redeem", "adjust", "expire"]
    await measure("totals_range", {
      route: `GET ${entriesRoute}/totals?from=<random day>&to=<random later day>`,
      pathFor: () => `${entriesRoute}/totals?${range()}`,
      target: { p95_below_ms: 100 },
    })
    if (!results.find((r) => r.measure === "totals_range")?.missing) {
      await measure("totals_range_type", {
        route: `GET ${entriesRoute}/totals?from=…&to=…&type=<earn|redeem|adjust|expire>`,
        pathFor: () => `${entriesRoute}/totals?${range()}&type=${samples.pick(TYPES)}`,
        target: { p95_below_ms: 100 },
      })
    }
    await measure("weekly_52_weeks", {
      route: "GET /admin/loyalty/weekly?from=<52 weeks before a random day>&to=<that day>",
      pathFor: () => {
        const { from, to } = samples.randomYear(span)
        return `/admin/loyalty/weekly?from=${from}&to=${to}`
      },
      target: { p95_below_ms: 100 },
    })

    // Paging by offset with the totals on every page, as before: kept for
    // comparison, a small sample at concurrency 4, at most 60 s each.
    const byOffset = {
      count: options.offsetRequests,
      concurrency: Math.min(4, options.concurrency),
      warmup: 0,
      timeLimitS: Math.min(options.timeLimit, 60),
    }
    await measure("report_offset", {
      route: `GET ${entriesRoute}?limit=20&offset=<0…980> (with totals)`,
      pathFor: () => `${entriesRoute}?limit=20&offset=${20 * samples.randomInt(50)}`,
      ...byOffset,
    })
    await measure("report_offset_filtered", {
      route: `GET ${entriesRoute}?limit=20&offset=<0…980>&type=earn&from=<90 days ago> (with totals)`,
      pathFor: () => `${entriesRoute}?limit=20&offset=${20 * samples.randomInt(50)}&${earnSince}`,
      ...byOffset,
    })
    const deepest = Math.min(entries, MAX_OFFSET)
    await measure("report_offset_deep", {
      route: `GET ${entriesRoute}?${rowsOnly}&offset=<0…${deepest}>`,
      pathFor: () =>
        `${entriesRoute}?${rowsOnly}&offset=${20 * samples.randomInt(Math.max(1, Math.floor(deepest / 20)))}`,
      ...byOffset,
    })

    // CSV export of the whole ledger, streamed; the server's RSS sampled.
    if (!options.skipExport) {
      const route = `${entriesRoute}/export`
      const loadBeforeExport = loadAverage()
      const download = await timed(`CSV export of ${entries} entries`, () =>
        streamDownload({
          baseUrl,
          headers,
          path: route,
          serverPid,
          onRows: (rows, seconds) =>
            log(`  ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(0)} s`),
        })
      )
      if (download.value.status === 404) {
        record("csv_export", { missing: true, status: 404, body: download.value.error })
      } else {
        record("csv_export", {
          route: `GET ${route}`,
          entries_in_database: entries,
          load_average_before: loadBeforeExport,
          ...download.value,
        })
      }
    }
  } finally {
    await timed("Stopping the server", () => stopGroup(server.child))
  }
}

// ---------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log(HELP)
    return
  }
  log(
    `${options.customers} customers, ${options.entries} entries over ${options.historyDays} days, ` +
      `${options.orders} orders (c=${options.creditConcurrency}), ${options.requests} requests per ` +
      `measurement (c=${options.concurrency}), database ${DATABASE}`
  )
  const started = performance.now()
  await prepareDatabase(options)
  if (!options.skipPgbench) await measurePgbench(options)
  if (!options.skipCredit) await measureCredit(options)
  if (!options.skipHttp) await measureHttp(options)
  const info = await machine()
  record("machine", info)
  printSummary(results, info)
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
  .catch(async (error) => {
    console.error(`[bench] ${error.stack ?? error.message}`)
    process.exitCode = 1
  })
  .finally(stopAll)

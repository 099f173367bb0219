#!/usr/bin/env node
/**
 * `npm run bench:ledger [-- options]` — the loyalty ledger benchmark.
 *
 *  1. A database of its own (medusa_customer_loyalty_bench: dropped and
 *     recreated unless --keep), `medusa db:migrate`, and data generated
 *     set-based in SQL (bench/ledger/generate.js).
 *  2. Orders credited per second through creditPointsForOrderWorkflow, in
 *     `medusa exec` (bench/ledger/credit-orders.ts).
 *  3. `medusa start` (from the repository root, on the TypeScript sources)
 *     on a free port: balance reads, report pages and the CSV export of
 *     the whole ledger, with the server's memory sampled during the export.
 *  4. A summary of every figure. The server is stopped at the end.
 *
 * Figures are printed as JSON lines (`{"bench":"ledger",…}`) as they come
 * and as a table at the end. See bench/README.md.
 */
"use strict"

const fs = require("node:fs")
const path = require("node:path")
const { generate, checkBalances } = require("./generate")
const { loadTest, streamDownload, memoryOf, round } = require("./http")

const OUT_DIR = path.join(__dirname, ".out")
const { createHarness, loadAverage, SERVER } = require("../lib/harness")
// BENCH_DATABASE (or BENCH_LEDGER_DATABASE) lets two runs share a PostgreSQL without dropping each other's data.
const DATABASE = process.env.BENCH_DATABASE || process.env.BENCH_LEDGER_DATABASE || "medusa_customer_loyalty_bench"
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
  tail,
  stopGroup,
  freePort,
  waitForHealth,
  ensureAdminUser,
  login,
  codeVersion,
  machine,
  stopAll,
} = createHarness({ bench: "ledger", database: DATABASE, outDir: OUT_DIR })

/** The deepest `offset` the API takes (src/api/utils/list-cursor.ts). */
const MAX_OFFSET = 10_000

const FULL = { customers: 100_000, entries: 1_000_000, orders: 2_000, requests: 2_000 }
const QUICK = { customers: 2_000, entries: 20_000, orders: 200, requests: 200 }

const HELP = `Usage: npm run bench:ledger -- [options]

  --quick                 smoke run: ${QUICK.customers} customers, ${QUICK.entries} entries, ${QUICK.orders} orders, ${QUICK.requests} requests
  --customers N           customers, accounts and members (default ${FULL.customers})
  --entries N             ledger entries, at least one per customer (default ${FULL.entries})
  --orders N              orders credited through the workflow (default ${FULL.orders})
  --credit-concurrency N  workflows run at once (default 8)
  --requests N            requests per HTTP measurement (default ${FULL.requests})
  --concurrency N         HTTP requests in flight (default 16)
  --time-limit S          seconds per HTTP measurement before it stops sending (default 300)
  --port N                server port, or the next free one (default 9100)
  --keep                  keep the database if it holds bench data (no migrate, no generation)
  --skip-credit           skip the order-credit measurement
  --skip-http             skip the server measurements

Database: ${DATABASE} on BENCH_POSTGRES_URL (default ${SERVER}).
Logs of the Medusa commands go to bench/ledger/.out/.`

// ---------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = { quick: false, keep: false, skipCredit: false, skipHttp: false }
  const numbers = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const value = () => (inline !== undefined ? inline : argv[++i])
    switch (flag) {
      case "--quick": options.quick = true; break
      case "--keep": options.keep = true; break
      case "--skip-credit": options.skipCredit = true; break
      case "--skip-http": options.skipHttp = true; break
      case "--help": case "-h": options.help = true; break
      case "--customers": case "--entries": case "--orders": case "--requests":
      case "--concurrency": case "--credit-concurrency": case "--port": case "--time-limit": {
        const number = Number(String(value()).replace(/_/g, ""))
        if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a positive whole number`)
        numbers[flag.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = number
        break
      }
      default:
        throw new Error(`Unknown option ${argv[i]} (try --help)`)
    }
  }
  return {
    ...options,
    ...(options.quick ? QUICK : FULL),
    creditConcurrency: 8,
    concurrency: 16,
    timeLimit: 300,
    port: 9100,
    ...numbers,
  }
}

// ---------------------------------------------------------------------------
// Database

async function hasBenchData() {
  try {
    return await withClient(DATABASE, async (client) => {
      const { rows } = await client.query(
        "SELECT to_regclass('public.loyalty_entry') IS NOT NULL AND EXISTS (SELECT 1 FROM loyalty_entry) AS ready"
      )
      return rows[0].ready
    })
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------
// Steps

async function prepareDatabase(options) {
  if (options.keep && (await hasBenchData())) {
    log(`--keep: reusing ${DATABASE} and its data`)
    const counts = await withClient(DATABASE, async (client) => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM customer WHERE id LIKE 'cus\\_01BENCH%')::int AS customers,
                (SELECT count(*) FROM loyalty_entry)::int AS entries`
      )
      return rows[0]
    })
    record("data", { reused: true, ...counts })
    return
  }
  await timed(`Recreating database ${DATABASE}`, recreateDatabase)
  const migrate = await timed("medusa db:migrate", () => runMedusa("db-migrate", ["db:migrate"]))
  const generation = await timed(
    `Generating ${options.customers} customers and ${options.entries} ledger entries`,
    () =>
      withClient(DATABASE, (client) =>
        generate(client, { customers: options.customers, entries: options.entries, log })
      )
  )
  const check = await withClient(DATABASE, checkBalances)
  record("data", {
    reused: false,
    migrate_seconds: migrate.seconds,
    generation_seconds: generation.seconds,
    ...generation.value.counts,
    balance_check: check,
    steps: Object.fromEntries(generation.value.timings.map((t) => [t.step, round(t.seconds, 1)])),
  })
  if (check.kept_mismatch || check.total_mismatch) {
    throw new Error(`Generated balances do not agree with the ledger: ${JSON.stringify(check)}`)
  }
}

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

/** A quick look at a route: its status, and the JSON body when there is one. */
async function probe(baseUrl, headers, route) {
  const response = await fetch(baseUrl + route, { headers })
  const text = await response.text()
  let body = null
  try {
    body = JSON.parse(text)
  } catch {}
  return { status: response.status, body, text: text.slice(0, 300) }
}

const benchCustomerId = (n) => `cus_01BENCH${String(n).padStart(19, "0")}`
const randomInt = (max) => Math.floor(Math.random() * max)

/**
 * Report cursors as the API makes them (src/api/utils/list-cursor.ts:
 * base64url of `created_at` to the microsecond, `|`, id): one per page of
 * the first 50, and a few hundred at random rows of the whole ledger.
 */
async function sampleCursors(client, total) {
  const position = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || id AS position`
  const encode = (rows) => rows.map((row) => Buffer.from(row.position).toString("base64url"))
  const first = await client.query(
    `SELECT ${position} FROM loyalty_entry WHERE deleted_at IS NULL
      ORDER BY created_at DESC, id DESC LIMIT 1000`
  )
  const deep = await client.query(
    `SELECT ${position} FROM loyalty_entry WHERE deleted_at IS NULL AND random() < $1 LIMIT 500`,
    [Math.min(1, 1000 / Math.max(1, total))]
  )
  return {
    first: encode(first.rows.filter((_, i) => i % 20 === 19)),
    deep: encode(deep.rows),
  }
}

async function measureHttp(options) {
  await timed("Admin user (medusa user)", ensureAdminUser)
  const port = await freePort(options.port)
  const baseUrl = `http://localhost:${port}`
  const server = spawnMedusa("server", ["start", "--port", String(port)], medusaEnv({ PORT: String(port) }))
  const serverPid = server.child.pid
  try {
    const startup = await timed(`medusa start on port ${port} (pid ${serverPid})`, () =>
      waitForHealth(baseUrl, server.exited)
    )
    const headers = await login(baseUrl)
    const { customers, entries } = await withClient(DATABASE, async (client) => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM customer WHERE id LIKE 'cus\\_01BENCH%')::int AS customers,
                (SELECT count(*) FROM loyalty_entry)::int AS entries`
      )
      return rows[0]
    })
    record("server", {
      command: "medusa start (repository root, TypeScript sources through ts-node/swc, admin disabled)",
      port,
      pid: serverPid,
      startup_seconds: startup.seconds,
      rss_after_start_mb: round(memoryOf(serverPid)?.rss_mb),
    })

    const common = {
      baseUrl,
      headers,
      concurrency: options.concurrency,
      warmup: 50,
      timeLimitS: options.timeLimit,
      serverPid,
    }
    const routes = {
      balance: (n) => `/admin/customers/${benchCustomerId(n)}/loyalty`,
      entries: "/admin/loyalty/entries",
      export: "/admin/loyalty/entries/export",
    }

    // Balance read: random bench customers.
    const balanceProbe = await probe(baseUrl, headers, routes.balance(1))
    if (balanceProbe.status === 404) {
      record("balance_read", { missing: true, status: 404, body: balanceProbe.text })
    } else {
      record("balance_read", {
        route: "GET /admin/customers/:id/loyalty",
        load_average_before: loadAverage(),
        ...(await loadTest({
          ...common,
          count: options.requests,
          pathFor: () => routes.balance(1 + randomInt(customers)),
        })),
      })
    }

    // Yardstick: Medusa's own customer read, same customers, same concurrency.
    record("customer_read", {
      route: "GET /admin/customers/:id",
      load_average_before: loadAverage(),
      ...(await loadTest({
        ...common,
        count: options.requests,
        pathFor: () => `/admin/customers/${benchCustomerId(1 + randomInt(customers))}`,
      })),
    })

    // Report pages: the first 50 pages at random, unfiltered and filtered.
    const since = new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString().slice(0, 10)
    const filter = `type=earn&from=${since}`
    const reportProbe = await probe(baseUrl, headers, `${routes.entries}?limit=20`)
    if (reportProbe.status === 404) {
      record("report_page", { missing: true, status: 404, body: reportProbe.text })
    } else {
      const total = Number(reportProbe.body?.count ?? entries)
      for (const [measure, query] of [
        ["report_page", ""],
        ["report_page_filtered", `&${filter}`],
      ]) {
        record(measure, {
          route: `GET ${routes.entries}?limit=20&offset=<0…980>${query}`,
          load_average_before: loadAverage(),
          ...(await loadTest({
            ...common,
            count: options.requests,
            pathFor: () => `${routes.entries}?limit=20&offset=${20 * randomInt(50)}${query}`,
          })),
        })
      }
      // Deep pages: offsets as deep as the API takes them (10,000; further by cursor only).
      const deepest = Math.min(total, MAX_OFFSET)
      record("report_page_deep", {
        route: `GET ${routes.entries}?limit=20&offset=<0…${deepest}>`,
        load_average_before: loadAverage(),
        ...(await loadTest({
          ...common,
          count: Math.max(20, Math.round(options.requests / 20)),
          concurrency: Math.min(4, options.concurrency),
          warmup: 0,
          pathFor: () => `${routes.entries}?limit=20&offset=${20 * randomInt(Math.max(1, Math.floor(deepest / 20)))}`,
        })),
      })
      // The same pages by cursor: the first 50 pages, then anywhere in the ledger.
      const cursors = await withClient(DATABASE, (client) => sampleCursors(client, total))
      for (const [measure, sample, label, query] of [
        ["report_page_cursor", cursors.first, "<one of the first 50 pages>", ""],
        ["report_page_cursor_deep", cursors.deep, "<anywhere>", ""],
        // The page alone: the count and totals are another request's work.
        ["report_page_cursor_rows", cursors.first, "<one of the first 50 pages>", "&with_totals=false"],
        ["report_page_cursor_deep_rows", cursors.deep, "<anywhere>", "&with_totals=false"],
      ]) {
        record(measure, {
          route: `GET ${routes.entries}?limit=20&cursor=${label}${query}`,
          load_average_before: loadAverage(),
          ...(await loadTest({
            ...common,
            count: options.requests,
            pathFor: () => `${routes.entries}?limit=20&cursor=${sample[randomInt(sample.length)]}${query}`,
          })),
        })
      }
    }

    // CSV export of the whole ledger, streamed; the server's RSS sampled.
    const loadBeforeExport = loadAverage()
    const download = await streamDownload({ baseUrl, headers, path: routes.export, serverPid })
    if (download.status === 404) {
      record("csv_export", { missing: true, status: 404, body: download.error })
    } else {
      record("csv_export", {
        route: `GET ${routes.export}`,
        entries_in_database: entries,
        load_average_before: loadBeforeExport,
        ...download,
      })
    }
  } finally {
    await timed("Stopping the server", () => stopGroup(server.child))
  }
}

// ---------------------------------------------------------------------------
// Summary

function summaryRows() {
  const get = (measure) => results.find((r) => r.measure === measure)
  const rows = []
  const add = (what, figure) => rows.push([what, figure])
  const ms = (r) =>
    r.missing
      ? `route missing (${r.status})`
      : `p50 ${r.p50_ms} ms · p95 ${r.p95_ms} ms · p99 ${r.p99_ms} ms · ${r.requests_per_second} req/s` +
        ` · server RSS peak ${r.server_rss_peak_mb} MB` +
        ` (${r.ok}/${r.sent} ok at c=${r.concurrency}${r.stopped_by_time_limit ? `; time limit reached after ${r.sent} of ${r.requests}` : ""}${r.errors.length ? `, errors: ${r.errors.map((e) => `${e.times}× ${e.error}`).join("; ")}` : ""})`

  const data = get("data")
  if (data) {
    add("data", `${data.customers} customers · ${data.entries} entries${data.reused ? " (reused, --keep)" : ""}`)
    if (!data.reused) {
      add("db:migrate", `${data.migrate_seconds} s`)
      add("generation (SQL)", `${data.generation_seconds} s · ledger table ${data.entry_table_size} · balance check ${data.balance_check.kept_mismatch}/${data.balance_check.total_mismatch} mismatches`)
    }
  }
  const credit = get("credit_orders")
  if (credit) {
    add("createOrderWorkflow (setup)", `${credit.create_orders.orders} orders in ${credit.create_orders.seconds} s · ${credit.create_orders.orders_per_second} orders/s`)
    add(`creditPointsForOrderWorkflow, c=${credit.concurrency}`, `${credit.credit.orders_per_second} orders/s · ${credit.orders} orders in ${credit.credit.seconds} s · p50 ${credit.credit.p50_ms} ms · p95 ${credit.credit.p95_ms} ms · p99 ${credit.credit.p99_ms} ms · errors ${credit.credit.errors}`)
    add("  redelivered (already credited)", `${credit.redelivery.orders} orders · ${credit.redelivery.orders_per_second} orders/s · p50 ${credit.redelivery.p50_ms} ms · p95 ${credit.redelivery.p95_ms} ms`)
    add("  check", `${credit.check.entries} entries · ${credit.check.accounts} accounts · ${credit.check.balance_mismatches} balance mismatches`)
  }
  const server = get("server")
  if (server) add("server", `${server.command}; healthy in ${server.startup_seconds} s; RSS ${server.rss_after_start_mb} MB`)
  for (const [measure, label] of [
    ["balance_read", "balance read GET /admin/customers/:id/loyalty"],
    ["customer_read", "yardstick: Medusa's GET /admin/customers/:id"],
    ["report_page", "report page (first 50 pages)"],
    ["report_page_filtered", "report page, type=earn&from=-90d"],
    ["report_page_deep", "report page, any offset ≤ 10,000"],
    ["report_page_cursor", "report page by cursor (first 50 pages)"],
    ["report_page_cursor_deep", "report page by cursor, anywhere"],
    ["report_page_cursor_rows", "  same, with_totals=false"],
    ["report_page_cursor_deep_rows", "  anywhere, with_totals=false"],
  ]) {
    const r = get(measure)
    if (r) add(label, ms(r))
  }
  const csv = get("csv_export")
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
      add("  server RSS during export", `${csv.server_rss_before_mb} → peak ${csv.server_rss_peak_mb} MB (+${csv.server_rss_growth_mb} MB, ${csv.rss_samples} samples at 100 ms) · VmHWM ${csv.server_vmhwm_after_mb} MB`)
      add("  server RSS by tenth of the export", `${csv.server_rss_by_tenth_mb.join(" · ")} MB`)
      add("  client RSS peak", `${csv.client_rss_peak_mb} MB (streamed, not buffered)`)
    }
  }
  return rows
}

function printSummary(info) {
  const rows = [
    ...summaryRows(),
    ["machine", `${info.cores} cores (${info.cpu}) · ${info.memory_gb} GB · Node ${info.node} · PostgreSQL ${info.postgres}`],
    ["code measured", info.code],
    ["load average at end", `${info.load_average_end} (1/5/15 min; other work on the machine skews figures)`],
  ]
  const width = Math.max(...rows.map(([what]) => what.length))
  console.log("\n=== Loyalty ledger benchmark ===")
  for (const [what, figure] of rows) console.log(`${what.padEnd(width)}  ${figure}`)
}

// ---------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log(HELP)
    return
  }
  log(
    `${options.customers} customers, ${options.entries} entries, ${options.orders} orders ` +
      `(c=${options.creditConcurrency}), ${options.requests} requests per measurement (c=${options.concurrency})`
  )
  const started = performance.now()
  await prepareDatabase(options)
  if (!options.skipCredit) await measureCredit(options)
  if (!options.skipHttp) await measureHttp(options)
  const info = await machine()
  record("machine", info)
  printSummary(info)
  log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s; database ${DATABASE} left in place for inspection.`)
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

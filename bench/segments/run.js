#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:segments [-- options]` — the customer segments benchmark.
 *
 *  1. A database of its own (medusa_customer_loyalty_segments_bench:
 *     dropped and recreated unless --keep), `medusa db:migrate`, and data
 *     generated set-based in SQL (bench/segments/generate.js): customers,
 *     orders with summaries and items, products, groups, flags, loyalty.
 *  2. `medusa start` (from the repository root, on the TypeScript sources,
 *     scheduled jobs off) on a free port; the three segments of
 *     segments.js created through the API; `POST /admin/segments/preview`
 *     timed over several runs; `POST /admin/segments/:id/refresh` timed
 *     three times: the first (everyone enters), a second with nothing
 *     changed, and a third after new orders for 1 % of the customers and
 *     some VIP flags given and taken.
 *  3. The naive way (bench/segments/naive.ts, in `medusa exec`): every
 *     customer loaded with `query.graph` a page at a time and filtered in
 *     JavaScript, on the same data and the same "now" as the first refresh;
 *     its members compared with the ones the refresh stored.
 *  4. EXPLAIN ANALYZE of each segment's preview statement, compiled by the
 *     plugin's compiler (bench/segments/explain.ts), and a summary.
 *
 * Figures are printed as JSON lines (`{"bench":"segments",…}`) as they come
 * and as a table at the end. See bench/README.md.
 */
"use strict"

const fs = require("node:fs")
const path = require("node:path")
const { generate, applyChange, counts, stepper, restoreIndexes } = require("./generate")
const { SEGMENTS, NAIVE_PARAMS, OUTDOOR, VIP } = require("./segments")
const { loadTest, latencySummary, memoryOf, round } = require("../ledger/http")

const { createHarness, loadAverage, ROOT, SERVER } = require("../lib/harness")
const DATABASE = process.env.BENCH_DATABASE || "medusa_customer_loyalty_segments_bench"
// A run on another database (BENCH_DATABASE) writes to a folder of its
// own, so two runs at once (a --large one and a full one) keep their files apart.
const OUT_DIR = path.join(__dirname, ".out", ...(process.env.BENCH_DATABASE ? [DATABASE] : []))
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
} = createHarness({ bench: "segments", database: DATABASE, outDir: OUT_DIR })
/**
 * The targets (issue 18): at 100k customers / 1M orders every preview and
 * refresh under 1 s; at 1M / 10M every refresh under 10 s, every preview
 * under 5 s and the members page's p95 under 50 ms.
 */
const TARGETS = {
  full: { preview_ms: 1000, refresh_ms: 1000 },
  large: { preview_ms: 5000, refresh_ms: 10_000, members_p95_ms: 50 },
}

const FULL = { customers: 100_000, orders: 1_000_000 }
const LARGE = { customers: 1_000_000, orders: 10_000_000 }
const QUICK = { customers: 2_000, orders: 20_000 }

const HELP = `Usage: npm run bench:segments -- [options]

  --quick                 smoke run: ${QUICK.customers} customers, ${QUICK.orders} orders
  --large                 ${LARGE.customers} customers, ${LARGE.orders} orders
  --customers N           customers (default ${FULL.customers})
  --orders N              orders (default ${FULL.orders})
  --preview-runs N        timed previews per segment, after one warm-up (default 10)
  --naive-time-limit S    seconds per segment for the naive way; it stops after the
                          page that passes it and extrapolates (default 900)
  --naive-page-size N     customers per query.graph page (default 1000)
  --naive-segments A,B,C  segments to run the naive way for (default all three)
  --naive-after-change    run the naive way again after the change and compare
                          (default on up to 20,000 customers)
  --no-naive-after-change
  --time-limit S          seconds per preview measurement before it stops (default 300)
  --refresh-timeout S     seconds the client waits for one refresh (default 1800)
  --port N                server port, or the next free one (default 9200)
  --keep                  keep the database if it holds bench data (no migrate, no
                          generation; the change step adds to it again)
  --skip-naive            skip the naive way
  --skip-explain          skip EXPLAIN ANALYZE of the preview statements

Database: ${DATABASE} (BENCH_DATABASE) on BENCH_POSTGRES_URL (default ${SERVER}).
Logs of the Medusa commands, the naive members and the plans go to bench/segments/.out/
(.out/<BENCH_DATABASE> when that is set).`

// ---------------------------------------------------------------------------
// Options

/**
 * @typedef {object} Options
 * @property {boolean} quick
 * @property {boolean} large
 * @property {boolean} keep
 * @property {boolean} skipNaive
 * @property {boolean} skipExplain
 * @property {boolean} naiveAfterChange
 * @property {boolean} [help]
 * @property {string[]} naiveSegments
 * @property {number} customers
 * @property {number} orders
 * @property {number} previewRuns
 * @property {number} naiveTimeLimit
 * @property {number} naivePageSize
 * @property {number} timeLimit
 * @property {number} refreshTimeout
 * @property {number} port
 */
/** @typedef {"customers" | "orders" | "previewRuns" | "naiveTimeLimit" | "naivePageSize" | "timeLimit" | "refreshTimeout" | "port"} NumberOption */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Pick<Options, "quick" | "large" | "keep" | "skipNaive" | "skipExplain"> & Partial<Pick<Options, "naiveAfterChange" | "help" | "naiveSegments">>} */
  const options = { quick: false, large: false, keep: false, skipNaive: false, skipExplain: false }
  /** @type {Partial<Record<NumberOption, number>>} */
  const numbers = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const value = () => (inline !== undefined ? inline : argv[++i])
    switch (flag) {
      case "--quick":
        options.quick = true
        break
      case "--large":
        options.large = true
        break
      case "--keep":
        options.keep = true
        break
      case "--skip-naive":
        options.skipNaive = true
        break
      case "--skip-explain":
        options.skipExplain = true
        break
      case "--naive-after-change":
        options.naiveAfterChange = true
        break
      case "--no-naive-after-change":
        options.naiveAfterChange = false
        break
      case "--help":
      case "-h":
        options.help = true
        break
      case "--naive-segments": {
        const keys = String(value()).toUpperCase().split(",").filter(Boolean)
        if (!keys.length || keys.some((key) => !SEGMENTS.some((s) => s.key === key))) {
          throw new Error(
            `--naive-segments takes keys from ${SEGMENTS.map((s) => s.key).join(",")}`
          )
        }
        options.naiveSegments = keys
        break
      }
      case "--customers":
      case "--orders":
      case "--preview-runs":
      case "--naive-time-limit":
      case "--naive-page-size":
      case "--time-limit":
      case "--refresh-timeout":
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
  if (options.quick && options.large) throw new Error("--quick or --large, not both")
  const sizes = options.quick ? QUICK : options.large ? LARGE : FULL
  /** @type {Omit<Options, "naiveAfterChange"> & Partial<Options>} */
  const merged = {
    ...options,
    ...sizes,
    previewRuns: 10,
    naiveTimeLimit: 900,
    naivePageSize: 1000,
    timeLimit: 300,
    refreshTimeout: 1800,
    port: 9200,
    naiveSegments: options.naiveSegments ?? SEGMENTS.map((s) => s.key),
    ...numbers,
  }
  merged.naiveAfterChange = options.naiveAfterChange ?? merged.customers <= 20_000
  return /** @type {Options} */ (merged)
}

// ---------------------------------------------------------------------------
// Database

async function hasBenchData() {
  try {
    return await withClient(DATABASE, async (client) => {
      const { rows } = await client.query(
        // bench_generated: written once the data, the facts and every index
        // are there, so --keep never reuses a generation that was stopped.
        `SELECT to_regclass('public.customer_segment') IS NOT NULL
                AND to_regclass('public.bench_generated') IS NOT NULL
                AND EXISTS (SELECT 1 FROM "order" WHERE id LIKE 'order\\_01BENCH%') AS ready`
      )
      return rows[0].ready
    })
  } catch {
    return false
  }
}

/**
 * The customers a segment holds now, as the last refresh stored them.
 * @param {string} segmentId
 * @returns {Promise<string[]>}
 */
async function storedMembers(segmentId) {
  return withClient(DATABASE, async (client) => {
    const { rows } = await client.query(
      `SELECT customer_id FROM customer_segment_membership
        WHERE segment_id = $1 AND left_at IS NULL AND deleted_at IS NULL
        ORDER BY customer_id`,
      [segmentId]
    )
    return rows.map((row) => row.customer_id)
  })
}

/**
 * @typedef {object} MembershipStats
 * @property {string} autovacuum
 * @property {number} rows
 * @property {string} planner_rows a bigint, as text
 * @property {Date | null} last_analyze
 * @property {Date | null} last_autoanalyze
 */

/**
 * Whether PostgreSQL has statistics for the memberships the refreshes wrote.
 * @returns {Promise<MembershipStats>}
 */
async function membershipStats() {
  return withClient(DATABASE, async (client) => {
    const { rows } = await client.query(
      `SELECT current_setting('autovacuum') AS autovacuum,
              (SELECT count(*) FROM customer_segment_membership)::int AS rows,
              -- What the planner believes (-1: never vacuumed or analyzed).
              c.reltuples::bigint AS planner_rows,
              s.last_analyze, s.last_autoanalyze
         FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
        WHERE c.relname = 'customer_segment_membership'`
    )
    return rows[0]
  })
}

// ---------------------------------------------------------------------------
// Medusa commands

/**
 * One request: status, JSON body (or text) and the time it took.
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {string} method
 * @param {string} route
 * @param {unknown} [body] sent as JSON
 * @param {number} [timeoutS]
 * @returns {Promise<CallResult>}
 */
async function call(baseUrl, headers, method, route, body, timeoutS) {
  const started = performance.now()
  const response = await fetch(baseUrl + route, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: timeoutS ? AbortSignal.timeout(timeoutS * 1000) : undefined,
  })
  const text = await response.text()
  const ms = performance.now() - started
  /** @type {unknown} */
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: the text says what went wrong.
  }
  return {
    status: response.status,
    ok: response.ok,
    body: json,
    text: text.slice(0, 500),
    ms: round(ms),
  }
}

/** @typedef {{ status: number, ok: boolean, body: unknown, text: string, ms: number }} CallResult */

/**
 * The JSON body of a 2xx answer (typed by the caller); throws on any other.
 * @template T
 * @param {string} label
 * @param {CallResult} response
 * @returns {Promise<T>}
 */
async function expectOk(label, response) {
  if (!response.ok) {
    throw new Error(`${label}: ${response.status} ${response.text}`)
  }
  return /** @type {T} */ (response.body)
}

// ---------------------------------------------------------------------------
// Steps

/** @param {Options} options */
async function prepareDatabase(options) {
  if (options.keep && (await hasBenchData())) {
    log(`--keep: reusing ${DATABASE} and its data`)
    const facts = await withClient(DATABASE, (client) =>
      client.query("SELECT EXISTS (SELECT 1 FROM customer_order_fact) AS present")
    )
    if (!facts.rows[0].present) {
      const rebuilt = await writeFacts()
      record("facts", { reused: true, ...rebuilt })
    }
    record("data", { reused: true, ...(await withClient(DATABASE, counts)) })
    return
  }
  await timed(`Recreating database ${DATABASE}`, recreateDatabase)
  const migrate = await timed("medusa db:migrate", () => runMedusa("db-migrate", ["db:migrate"]))
  const generation = await timed(
    `Generating ${options.customers} customers and ${options.orders} orders`,
    () =>
      withClient(DATABASE, (client) =>
        generate(client, { customers: options.customers, orders: options.orders, log })
      )
  )
  // The order facts, as a store that installs the plugin gets them (the
  // migration script's rebuild), then their indexes (dropped for the load).
  const facts = await writeFacts()
  const factIndexes = await timed("Order fact indexes and statistics", () =>
    withClient(DATABASE, async (client) => {
      const { step, timings } = await stepper(client, log)
      await restoreIndexes(step, generation.value.factIndexes)
      await step("ANALYZE order facts", "ANALYZE customer_order_fact, customer_order_line_fact")
      return timings
    })
  )
  const data = await withClient(DATABASE, counts)
  const size = await withClient(DATABASE, (client) =>
    client.query("SELECT pg_database_size(current_database())::bigint AS bytes")
  )
  const seconds = generation.seconds + facts.seconds + factIndexes.seconds
  await withClient(DATABASE, (client) =>
    client.query(
      `CREATE TABLE bench_generated AS SELECT now() AS done_at, $1::int AS customers, $2::bigint AS orders, $3::numeric AS seconds`,
      [options.customers, options.orders, seconds]
    )
  )
  log(
    `Generation done: ${round(seconds, 0)} s (data ${round(generation.seconds, 0)} s, order facts ${round(facts.seconds, 0)} s, ` +
      `fact indexes ${round(factIndexes.seconds, 0)} s); database ${data.database_size} (${size.rows[0].bytes} bytes)`
  )
  record("data", {
    reused: false,
    migrate_seconds: migrate.seconds,
    // Data, order facts and their indexes: what a store would have after
    // installing the plugin.
    generation_seconds: round(seconds, 1),
    data_seconds: generation.seconds,
    facts_seconds: facts.seconds,
    fact_indexes_seconds: factIndexes.seconds,
    facts: facts.value,
    database_bytes: Number(size.rows[0].bytes),
    ...generation.value.counts,
    ...data,
    steps: Object.fromEntries(
      [...generation.value.timings, ...factIndexes.value].map((t) => [t.step, round(t.seconds, 1)])
    ),
  })
}

/**
 * The order facts from the orders (bench/segments/facts.ts in `medusa
 * exec`): all of them (the rebuild workflow), or those of orders with ids
 * after `after` (the change step's new orders).
 * @param {string} [after]
 */
async function writeFacts(after) {
  const resultFile = path.join(OUT_DIR, "facts.json")
  fs.rmSync(resultFile, { force: true })
  const label = after
    ? `Order facts of the new orders (after ${after})`
    : "Order facts rebuilt (rebuildOrderFactsWorkflow)"
  const run = await timed(`${label}; medusa exec facts.ts`, () =>
    runMedusa(
      after ? "facts-change" : "facts",
      ["exec", "./bench/segments/facts.ts"],
      medusaEnv({ BENCH_RESULT_FILE: resultFile, ...(after ? { BENCH_FACTS_AFTER: after } : {}) })
    )
  )
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  return { seconds: run.seconds, value: result }
}

/**
 * The naive way for `keys`, in `medusa exec`, with "now" per segment
 * (`nows`: the refresh's own instant); compares its members with the ones
 * the refresh stored. `label` names the pass (before / after the change).
 * @param {Options} options
 * @param {object} pass
 * @param {string} pass.label
 * @param {string[]} pass.keys
 * @param {Record<string, string | undefined>} pass.nows
 * @param {Record<string, string>} pass.segmentIds
 */
async function measureNaive(options, { label, keys, nows, segmentIds }) {
  const resultFile = path.join(OUT_DIR, `naive-${label}.json`)
  const idsDir = path.join(OUT_DIR, `naive-${label}`)
  fs.rmSync(resultFile, { force: true })
  fs.rmSync(idsDir, { recursive: true, force: true })
  const load = loadAverage()
  await timed(`medusa exec naive.ts (${label}: segments ${keys.join(", ")})`, () =>
    runMedusa(
      `naive-${label}`,
      ["exec", "./bench/segments/naive.ts"],
      medusaEnv({
        BENCH_SEGMENTS: keys.join(","),
        BENCH_PARAMS: JSON.stringify(NAIVE_PARAMS),
        BENCH_PAGE_SIZE: String(options.naivePageSize),
        BENCH_TIME_LIMIT: String(options.naiveTimeLimit),
        BENCH_NOW: JSON.stringify(nows),
        BENCH_RESULT_FILE: resultFile,
        BENCH_IDS_DIR: idsDir,
      }),
      { echo: /Naive [A-Z]:/ }
    )
  )
  /** @type {Record<string, NaiveResult>} */
  const naive = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  /** @type {Record<string, NaiveComparison>} */
  const out = {}
  for (const key of keys) {
    const result = naive[key]
    const naiveIds = fs
      .readFileSync(path.join(idsDir, `naive-${key}.txt`), "utf8")
      .split("\n")
      .filter(Boolean)
    // A capped run covered the customers up to its last id (they come in id order).
    /** @param {string} id */
    const covered = (id) => !result.capped || id <= /** @type {string} */ (result.last_customer_id)
    const sqlIds = (await storedMembers(segmentIds[key])).filter(covered)
    const sqlSet = new Set(sqlIds)
    const naiveSet = new Set(naiveIds)
    const onlySql = sqlIds.filter((id) => !naiveSet.has(id))
    const onlyNaive = naiveIds.filter((id) => !sqlSet.has(id))
    out[key] = {
      ...result,
      load_average_before: load,
      compared_with: result.capped
        ? `refresh members with ids up to ${result.last_customer_id} (the customers the naive way reached)`
        : "all refresh members",
      sql_members_compared: sqlIds.length,
      agree: onlySql.length === 0 && onlyNaive.length === 0,
      only_in_sql: onlySql.length,
      only_in_naive: onlyNaive.length,
      only_in_sql_examples: onlySql.slice(0, 5),
      only_in_naive_examples: onlyNaive.slice(0, 5),
    }
    delete out[key].fields
    record(`naive_${label}_${key}`, { segment: key, fields: result.fields, ...out[key] })
    if (!out[key].agree) {
      log(
        `MISMATCH segment ${key} (${label}): ${onlySql.length} only in the SQL refresh, ${onlyNaive.length} only in the naive filter`
      )
    }
  }
  return out
}

/**
 * One `POST /admin/segments/:id/refresh`, timed.
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {BenchSegment} segment
 * @param {Options} options
 */
async function refresh(baseUrl, headers, segment, options) {
  const load = loadAverage()
  let response
  try {
    response = await call(
      baseUrl,
      headers,
      "POST",
      `/admin/segments/${segment.id}/refresh`,
      undefined,
      options.refreshTimeout
    )
  } catch (error) {
    if (/** @type {Error} */ (error).name !== "TimeoutError") throw error
    log(
      `Refresh ${segment.key}: no answer in ${options.refreshTimeout} s (the server may still be at it)`
    )
    return { timed_out: true, ms: options.refreshTimeout * 1000, load_average_before: load }
  }
  /** @type {{ entered: number, left: number, segment?: { member_count: number, last_refresh_ms: number, last_refreshed_at: string } }} */
  const body = await expectOk(`refresh ${segment.key}`, response)
  return {
    ms: response.ms,
    entered: body.entered,
    left: body.left,
    member_count: body.segment?.member_count,
    statement_ms: body.segment?.last_refresh_ms,
    last_refreshed_at: body.segment?.last_refreshed_at,
    load_average_before: load,
  }
}

/** @typedef {{ count: number, sample?: unknown[], timezone: string }} PreviewAnswer */

/**
 * Sequential previews of one rule tree: one warm-up, then `runs`.
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {BenchSegment} segment
 * @param {Options} options
 */
async function measurePreview(baseUrl, headers, segment, options) {
  const body = { rules: segment.rules }
  const warm = await call(baseUrl, headers, "POST", "/admin/segments/preview", body)
  /** @type {PreviewAnswer} */
  const warmed = await expectOk(`preview ${segment.key}`, warm)
  /** @type {number[]} */
  const latencies = []
  /** @type {Set<number>} */
  const countsSeen = new Set()
  const started = performance.now()
  let sent = 0
  const load = loadAverage()
  for (let i = 0; i < options.previewRuns; i++) {
    if (performance.now() - started > options.timeLimit * 1000) break
    sent++
    const response = await call(baseUrl, headers, "POST", "/admin/segments/preview", body)
    /** @type {PreviewAnswer} */
    const answer = await expectOk(`preview ${segment.key}`, response)
    latencies.push(response.ms)
    countsSeen.add(answer.count)
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    count: warmed.count,
    sample_size: warmed.sample?.length,
    timezone: warmed.timezone,
    counts_seen: [...countsSeen],
    warmup_ms: warm.ms,
    runs: options.previewRuns,
    sent,
    stopped_by_time_limit: sent < options.previewRuns,
    min_ms: round(sorted[0]),
    ...latencySummary(latencies),
    load_average_before: load,
  }
}

/**
 * What the incremental phase (bench/segments/incremental.js) gets from the run.
 * @typedef {object} IncrementalContext
 * @property {Options} options
 * @property {string} database
 * @property {string} baseUrl
 * @property {Record<string, string>} headers
 * @property {number | undefined} serverPid
 * @property {BenchSegment[]} segments
 * @property {Record<string, string>} segmentIds
 * @property {typeof call} call
 * @property {typeof expectOk} expectOk
 * @property {import("../lib/harness").Harness["withClient"]} withClient
 * @property {typeof storedMembers} storedMembers
 * @property {import("../lib/harness").Harness["record"]} record
 * @property {import("../lib/harness").Harness["log"]} log
 * @property {import("../lib/harness").Harness["timed"]} timed
 */

/**
 * A segment of segments.js as created on the server.
 * @typedef {(typeof SEGMENTS)[number] & { id: string }} BenchSegment
 */

/**
 * The server's part of the run; the segments it created (none when the
 * server has no segments API).
 * @param {Options} options
 * @returns {Promise<BenchSegment[] | undefined>}
 */
async function measureServer(options) {
  await timed("Admin user (medusa user)", ensureAdminUser)
  const port = await freePort(options.port)
  const baseUrl = `http://localhost:${port}`
  // MEDUSA_WORKER_MODE=server: no scheduled jobs. The plugin's job refreshes
  // every segment not refreshed in the last hour, once a minute — it would
  // refresh the bench segments behind the measurements' back.
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

    const fields = await call(baseUrl, headers, "GET", "/admin/segments/fields")
    if (fields.status === 404) {
      record("segments_api", { missing: true, status: 404, body: fields.text })
      return
    }
    await expectOk("GET /admin/segments/fields", fields)

    // Segments of an earlier run (--keep) go first; then the three, fresh.
    /** @type {{ segments: { id: string, name: string }[] }} */
    const existing = await expectOk(
      "GET /admin/segments",
      await call(baseUrl, headers, "GET", "/admin/segments?q=Bench&limit=100")
    )
    for (const old of existing.segments.filter((s) => s.name.startsWith("Bench "))) {
      await expectOk(
        `DELETE ${old.id}`,
        await call(baseUrl, headers, "DELETE", `/admin/segments/${old.id}`)
      )
    }
    /** @type {BenchSegment[]} */
    const segments = []
    for (const definition of SEGMENTS) {
      const response = await call(baseUrl, headers, "POST", "/admin/segments", {
        name: definition.name,
        description: definition.description,
        rules: definition.rules,
      })
      /** @type {{ segment: { id: string } }} */
      const { segment } = await expectOk(`create ${definition.key}`, response)
      segments.push({ ...definition, id: segment.id })
      record("create", {
        segment: definition.key,
        id: segment.id,
        ms: response.ms,
        rules: definition.rules,
      })
    }
    const segmentIds = Object.fromEntries(segments.map((s) => [s.key, s.id]))

    /** @type {Record<string, PreviewFigures>} */
    const preview = {}
    for (const segment of segments) {
      log(`Preview ${segment.key}: ${options.previewRuns} runs…`)
      preview[segment.key] = await measurePreview(baseUrl, headers, segment, options)
      record("preview", {
        segment: segment.key,
        route: "POST /admin/segments/preview",
        ...preview[segment.key],
      })
    }

    /** @type {Record<string, RefreshFigures>} */
    const first = {}
    /** @type {Record<string, RefreshFigures>} */
    const second = {}
    for (const segment of segments) {
      log(`Refresh ${segment.key} (first: everyone enters)…`)
      first[segment.key] = await refresh(baseUrl, headers, segment, options)
      record("refresh_first", { segment: segment.key, ...first[segment.key] })
    }
    for (const segment of segments) {
      log(`Refresh ${segment.key} (second: nothing changed)…`)
      second[segment.key] = await refresh(baseUrl, headers, segment, options)
      record("refresh_unchanged", { segment: segment.key, ...second[segment.key] })
    }

    // The refresh statement compares the new members with the stored ones;
    // its plan depends on the membership table's statistics, which the
    // first refresh has just made stale (and which only autovacuum, when
    // it is on, or an ANALYZE updates).
    const stats = await membershipStats()
    record("membership_stats", { after: "first and second refresh", ...stats })
    const slowest = Math.max(...Object.values(second).map((r) => r.statement_ms ?? r.ms))
    if (!options.skipExplain && Number(stats.planner_rows) < stats.rows / 2) {
      if (slowest <= 300_000) {
        await explain("stale", ["refresh"], segments)
      } else {
        log(
          `EXPLAIN of the refresh with stale statistics skipped: the unchanged refresh took ${seconds(slowest)}`
        )
      }
    }
    const analyze = await timed(
      "ANALYZE customer_segment_membership (what autovacuum would do)",
      () => withClient(DATABASE, (client) => client.query("ANALYZE customer_segment_membership"))
    )
    record("analyze_membership", { seconds: analyze.seconds })
    /** @type {Record<string, RefreshFigures>} */
    const analyzed = {}
    for (const segment of segments) {
      log(`Refresh ${segment.key} (nothing changed, after ANALYZE)…`)
      analyzed[segment.key] = await refresh(baseUrl, headers, segment, options)
      record("refresh_unchanged_analyzed", { segment: segment.key, ...analyzed[segment.key] })
    }

    // The members list as the admin shows it: first page, 50 requests.
    for (const segment of segments) {
      record("members_page", {
        segment: segment.key,
        route: "GET /admin/segments/:id/members?limit=20",
        ...(await loadTest({
          baseUrl,
          headers,
          count: 50,
          concurrency: 1,
          warmup: 2,
          timeLimitS: options.timeLimit,
          pathFor: () => `/admin/segments/${segment.id}/members?limit=20`,
        })),
      })
      // Pages anywhere in the list, as Next reaches them: after the cursor of
      // a random member (the admin pages by cursor; an offset stays for the
      // first 10,000 rows only).
      const sample = await withClient(DATABASE, (client) =>
        client.query(
          `SELECT to_char(entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || id AS position
             FROM customer_segment_membership
            WHERE segment_id = $1 AND left_at IS NULL AND deleted_at IS NULL
            ORDER BY random() LIMIT 60`,
          [segment.id]
        )
      )
      const cursors = sample.rows.map((row) =>
        Buffer.from(row.position, "utf8").toString("base64url")
      )
      let drawn = 0
      record("members_page_random", {
        segment: segment.key,
        route: "GET /admin/segments/:id/members?limit=20&cursor=<random member>",
        members: first[segment.key]?.member_count ?? null,
        ...(await loadTest({
          baseUrl,
          headers,
          count: 50,
          concurrency: 1,
          warmup: 2,
          timeLimitS: options.timeLimit,
          pathFor: () =>
            `/admin/segments/${segment.id}/members?limit=20&cursor=${cursors[drawn++ % cursors.length]}`,
        })),
      })
    }

    // The naive way, on the same data, with each segment's refresh instant.
    if (!options.skipNaive) {
      const keys = options.naiveSegments
      await measureNaive(options, {
        label: "before",
        keys,
        nows: Object.fromEntries(keys.map((key) => [key, first[key].last_refreshed_at])),
        segmentIds,
      })
    }

    const lastOrder = await withClient(DATABASE, (client) =>
      client.query(`SELECT max(id) AS id FROM "order"`)
    )
    const change = await timed(
      "Change: new orders for 1 % of the customers, VIP flags given and taken",
      () =>
        withClient(DATABASE, (client) =>
          applyChange(client, { collectionId: OUTDOOR, vipFlagId: VIP, log })
        )
    )
    // The new orders' facts, as their `order.placed` events would write them.
    const changeFacts = await writeFacts(lastOrder.rows[0].id)
    record("change", {
      seconds: change.seconds,
      facts_seconds: changeFacts.seconds,
      facts: changeFacts.value,
      ...change.value,
      timings: undefined,
      steps: Object.fromEntries(change.value.timings.map((t) => [t.step, round(t.seconds, 2)])),
    })

    /** @type {Record<string, RefreshFigures>} */
    const third = {}
    for (const segment of segments) {
      log(`Refresh ${segment.key} (after the change)…`)
      third[segment.key] = await refresh(baseUrl, headers, segment, options)
      record("refresh_after_change", { segment: segment.key, ...third[segment.key] })
    }

    // ---- HOOK: incremental-update phase (bench/segments/incremental.js) ----
    // When that file exists, its `run(context)` measures the incremental
    // refresh after single orders, on this server and data, after the full
    // refreshes above. It records its own figures with `record`.
    const incrementalFile = path.join(__dirname, "incremental.js")
    if (fs.existsSync(incrementalFile)) {
      /** @type {typeof import("./incremental")} */
      const incremental = require(incrementalFile)
      await incremental.run({
        options,
        database: DATABASE,
        baseUrl,
        headers,
        serverPid,
        segments,
        segmentIds,
        call,
        expectOk,
        withClient,
        storedMembers,
        record,
        log,
        timed,
      })
    }
    // ---- end of HOOK ----

    if (!options.skipNaive && options.naiveAfterChange) {
      const keys = options.naiveSegments
      await measureNaive(options, {
        label: "after",
        keys,
        nows: Object.fromEntries(keys.map((key) => [key, third[key].last_refreshed_at])),
        segmentIds,
      })
    }
    return segments
  } finally {
    await timed("Stopping the server", () => stopGroup(server.child))
  }
}

/**
 * EXPLAIN ANALYZE of the preview and/or refresh statements
 * (bench/segments/explain.ts; a refresh's writes are rolled back).
 * @param {string} label
 * @param {string[]} kinds
 * @param {BenchSegment[]} segments
 */
async function explain(label, kinds, segments) {
  const resultFile = path.join(OUT_DIR, `explain-${label}.json`)
  fs.rmSync(resultFile, { force: true })
  await timed(`EXPLAIN ANALYZE (${label}: ${kinds.join(", ")}; medusa exec explain.ts)`, () =>
    runMedusa(
      `explain-${label}`,
      ["exec", "./bench/segments/explain.ts"],
      medusaEnv({
        BENCH_OUT_DIR: OUT_DIR,
        BENCH_RESULT_FILE: resultFile,
        BENCH_LABEL: label,
        BENCH_EXPLAIN: kinds.join(","),
        BENCH_SEGMENTS_JSON: JSON.stringify(
          segments.map(({ key, id, rules }) => ({ key, id, rules }))
        ),
      })
    )
  )
  /** @type {Record<string, Record<string, ExplainPlan>>} */
  const plans = JSON.parse(fs.readFileSync(resultFile, "utf8"))
  for (const [key, byKind] of Object.entries(plans)) {
    for (const [kind, plan] of Object.entries(byKind)) {
      record("explain", {
        label,
        kind,
        segment: key,
        ...plan,
        file: path.relative(ROOT, plan.file),
      })
    }
  }
}

// ---------------------------------------------------------------------------
// Summary

/**
 * The figures the summary reads, as the run records them.
 * @typedef {import("../lib/harness").Figures} Figures
 * @typedef {{ planning_ms: number, execution_ms: number, jit_ms: number | null, file: string }} ExplainPlan what explain.ts writes
 * @typedef {Awaited<ReturnType<typeof measurePreview>>} PreviewFigures
 * @typedef {Awaited<ReturnType<typeof refresh>>} RefreshFigures
 * @typedef {Awaited<ReturnType<typeof loadTest>>} LoadFigures
 */

/**
 * One segment's pass of the naive way, as naive.ts writes it.
 * @typedef {object} NaiveResult
 * @property {number} members
 * @property {number} customers_processed
 * @property {number} customers_total
 * @property {string | null} last_customer_id
 * @property {boolean} capped
 * @property {number} seconds
 * @property {number | null} extrapolated_seconds
 * @property {number} orders_loaded
 * @property {number} rss_peak_mb
 * @property {string[]} [fields]
 */

/**
 * @typedef {NaiveResult & {
 *   load_average_before: string,
 *   compared_with: string,
 *   sql_members_compared: number,
 *   agree: boolean,
 *   only_in_sql: number,
 *   only_in_naive: number,
 *   only_in_sql_examples: string[],
 *   only_in_naive_examples: string[],
 * }} NaiveComparison
 */

/**
 * @typedef {import("./generate").SegmentCounts & { reused: true } | import("./generate").SegmentCounts & {
 *   reused: false,
 *   migrate_seconds: number,
 *   generation_seconds: number,
 *   data_seconds: number,
 *   facts_seconds: number,
 *   fact_indexes_seconds: number,
 *   database_bytes: number,
 * }} DataFigures
 */

/** @param {number} ms */
const seconds = (ms) =>
  ms >= 10_000
    ? `${round(ms / 1000, 0)} s`
    : ms >= 1000
      ? `${round(ms / 1000, 2)} s`
      : `${round(ms, 0)} ms`

/**
 * @param {Options} options
 * @returns {[string, string][]}
 */
function summaryRows(options) {
  /** @param {string} measure */
  const get = (measure) => results.find((r) => r.measure === measure)
  /**
   * @param {string} measure
   * @param {string} key
   */
  const bySegment = (measure, key) =>
    results.find((r) => r.measure === measure && r.segment === key)
  /** @type {[string, string][]} */
  const rows = []
  /**
   * @param {string} what
   * @param {string} figure
   */
  const add = (what, figure) => rows.push([what, figure])
  const fullSize = options.customers === FULL.customers && options.orders === FULL.orders
  const largeSize = options.customers === LARGE.customers && options.orders === LARGE.orders
  const targets = fullSize ? TARGETS.full : largeSize ? TARGETS.large : null
  /**
   * @param {number} ms
   * @param {"preview_ms" | "refresh_ms" | "members_p95_ms"} kind
   */
  const target = (ms, kind) => {
    const limit = /** @type {Partial<typeof TARGETS.large> | null} */ (targets)?.[kind]
    if (!limit) return ""
    const shown = kind === "members_p95_ms" ? `${limit} ms` : `${limit / 1000} s`
    return ms <= limit ? ` · under the ${shown} target` : ` · OVER the ${shown} target`
  }

  const data = /** @type {DataFigures | undefined} */ (get("data"))
  if (data) {
    add(
      "data",
      `${data.customers} customers (${data.customers_with_orders} with orders) · ${data.orders} orders (${data.orders_edited} edited, ${data.orders - data.orders_placed} drafts/canceled) · ${data.order_line_items} line items · ${data.order_items} order items · ${data.products} products / ${data.variants} variants${data.reused ? " (reused, --keep)" : ""}`
    )
    add(
      "  also",
      `${data.group_members} group members · ${data.active_flag_assignments} active flag assignments · ${data.loyalty_accounts} loyalty accounts · order tables ${data.order_tables_size} · database ${data.database_size}`
    )
    if (!data.reused)
      add(
        "  migrate · generation",
        `${data.migrate_seconds} s · ${data.generation_seconds} s (data in SQL ${data.data_seconds} s, order facts rebuilt ${data.facts_seconds} s, their indexes ${data.fact_indexes_seconds} s) · database ${data.database_bytes} bytes`
      )
  }
  const server = /** @type {import("../lib/harness").ServerFigures | undefined} */ (get("server"))
  if (server)
    add(
      "server",
      `${server.command}; healthy in ${server.startup_seconds} s; RSS ${server.rss_after_start_mb} MB`
    )
  const api = /** @type {{ missing?: boolean, status?: number } | undefined} */ (
    get("segments_api")
  )
  if (api?.missing) add("segments API", `missing (${api.status}): /admin/segments/fields`)

  for (const segment of SEGMENTS) {
    const key = segment.key
    const p = /** @type {PreviewFigures | undefined} */ (bySegment("preview", key))
    if (!p) continue
    add(`${key}: ${segment.description}`, "")
    add(
      `  preview`,
      `${p.count} customers · p50 ${seconds(p.p50_ms)} · p95 ${seconds(p.p95_ms)} · min ${seconds(p.min_ms)} · max ${seconds(p.max_ms ?? p.p99_ms)} (${p.sent} runs + 1 warm-up${p.stopped_by_time_limit ? ", time limit reached" : ""})${target(p.max_ms ?? p.p99_ms, "preview_ms")}`
    )
    for (const [measure, label] of [
      ["refresh_first", "  refresh, first"],
      ["refresh_unchanged", "  refresh, nothing changed (stale stats)"],
      ["refresh_unchanged_analyzed", "  refresh, nothing changed, after ANALYZE"],
      ["refresh_after_change", "  refresh, after the change"],
    ]) {
      const r = /** @type {RefreshFigures | undefined} */ (bySegment(measure, key))
      if (r?.timed_out) add(label, `no answer within ${seconds(r.ms)} (--refresh-timeout)`)
      else if (r) {
        add(
          label,
          `${seconds(r.ms)} (statement ${seconds(/** @type {number} */ (r.statement_ms))}) · +${r.entered} −${r.left} → ${r.member_count} members${target(r.ms, "refresh_ms")}`
        )
      }
    }
    const m = /** @type {LoadFigures | undefined} */ (bySegment("members_page", key))
    if (m) add("  members page (limit 20)", `p50 ${seconds(m.p50_ms)} · p95 ${seconds(m.p95_ms)}`)
    const mr = /** @type {LoadFigures & { members: number | null } | undefined} */ (
      bySegment("members_page_random", key)
    )
    if (mr)
      add(
        "  members page at a random depth (cursor)",
        `${mr.members} members · p50 ${seconds(mr.p50_ms)} · p95 ${seconds(mr.p95_ms)} · max ${seconds(mr.max_ms ?? mr.p99_ms)} (${mr.sent ?? ""} pages)${target(mr.p95_ms, "members_p95_ms")}`
      )
    for (const label of ["before", "after"]) {
      const n = /** @type {NaiveComparison | undefined} */ (bySegment(`naive_${label}_${key}`, key))
      if (!n) continue
      const refreshMs = /** @type {RefreshFigures | undefined} */ (
        bySegment(label === "before" ? "refresh_first" : "refresh_after_change", key)
      )?.ms
      const naiveMs = (n.extrapolated_seconds ?? n.seconds) * 1000
      const ratio = refreshMs
        ? `${round(naiveMs / refreshMs, 0)}× the refresh, ${p ? `${round(naiveMs / p.p50_ms, 0)}× the preview` : ""}`
        : ""
      add(
        `  naive query.graph + JS${label === "after" ? " (after the change)" : ""}`,
        `${n.members} members · ${n.capped ? `stopped at the time limit after ${n.seconds} s, ${n.customers_processed}/${n.customers_total} customers; extrapolated ${seconds(naiveMs)}` : seconds(naiveMs)} · ${ratio} · ${n.orders_loaded} orders loaded · RSS peak ${n.rss_peak_mb} MB`
      )
      add(
        `  naive vs SQL members`,
        n.agree
          ? `agree (${n.sql_members_compared} ${n.capped ? "in the part both covered" : "members"})`
          : `MISMATCH: ${n.only_in_sql} only in SQL (e.g. ${n.only_in_sql_examples.join(", ")}), ${n.only_in_naive} only in naive (e.g. ${n.only_in_naive_examples.join(", ")})`
      )
    }
    for (const e of /** @type {(Figures & ExplainPlan & { kind: string, label: string })[]} */ (
      results.filter((r) => r.measure === "explain" && r.segment === key)
    )) {
      add(
        `  EXPLAIN ANALYZE ${e.kind}${e.label === "stale" ? " (stale stats)" : ""}`,
        `execution ${seconds(e.execution_ms)} · planning ${seconds(e.planning_ms)}${e.jit_ms ? ` · JIT ${seconds(e.jit_ms)}` : ""} · ${e.file}`
      )
    }
  }
  const stats = /** @type {MembershipStats | undefined} */ (get("membership_stats"))
  if (stats) {
    add(
      "memberships after 2 refreshes",
      `${stats.rows} rows; the planner believes ${Number(stats.planner_rows) < 0 ? "the table was never analyzed" : `${stats.planner_rows}`} (autovacuum ${stats.autovacuum}${stats.last_analyze || stats.last_autoanalyze ? "" : ", never analyzed"})`
    )
  }
  const change =
    /** @type {Awaited<ReturnType<typeof applyChange>> & { seconds: number, facts_seconds: number } | undefined} */ (
      get("change")
    )
  if (change) {
    add(
      "change before the third refresh",
      `${change.orders_added} new orders (${change.lines_added} lines) for ${change.customers_with_new_orders} customers · VIP +${change.vip_added} −${change.vip_removed} · ${change.seconds} s, their order facts ${change.facts_seconds} s`
    )
  }
  if (!targets)
    add(
      "target",
      `the targets are for ${FULL.customers} / ${FULL.orders} and ${LARGE.customers} / ${LARGE.orders} customers / orders; this run is ${options.customers} / ${options.orders}`
    )
  return rows
}

/**
 * @param {Options} options
 * @param {Awaited<ReturnType<typeof machine>>} info
 */
function printSummary(options, info) {
  const rows = [
    ...summaryRows(options),
    [
      "machine",
      `${info.cores} cores (${info.cpu}) · ${info.memory_gb} GB · Node ${info.node} · PostgreSQL ${info.postgres} (shared_buffers ${info.shared_buffers}, work_mem ${info.work_mem}, jit ${info.jit}, ${info.parallel_workers_per_gather} parallel workers per gather, autovacuum ${info.autovacuum})`,
    ],
    ["code measured", info.code],
    [
      "load average at end",
      `${info.load_average_end} (1/5/15 min; other work on the machine skews figures)`,
    ],
  ]
  const width = Math.max(...rows.filter(([, figure]) => figure).map(([what]) => what.length))
  console.log("\n=== Customer segments benchmark ===")
  for (const [what, figure] of rows) console.log(figure ? `${what.padEnd(width)}  ${figure}` : what)
}

// ---------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log(HELP)
    return
  }
  log(
    `${options.customers} customers, ${options.orders} orders; ${options.previewRuns} previews per segment; ` +
      `naive: ${options.skipNaive ? "skipped" : `segments ${options.naiveSegments.join(",")}, ${options.naiveTimeLimit} s limit each, pages of ${options.naivePageSize}`}; ` +
      `load average ${loadAverage()}`
  )
  const started = performance.now()
  await prepareDatabase(options)
  const segments = await measureServer(options)
  if (!options.skipExplain && segments) await explain("end", ["preview", "refresh"], segments)
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
  .catch(async (error) => {
    console.error(`[bench] ${error.stack ?? error.message}`)
    process.exitCode = 1
  })
  .finally(stopAll)

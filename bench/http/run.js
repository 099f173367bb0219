#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:http [-- options]` — the plugin's store and admin routes
 * under load, beside Medusa's own `GET /store/products`, with autocannon.
 *
 *  1. A running demo at --url (default http://localhost:9000). When nothing
 *     answers there and the URL is on this machine, the demo is started
 *     (`node scripts/demo.js --port <port> --no-storefront`; seeding a new database takes
 *     minutes) and stopped at the end; --no-start refuses instead.
 *  2. The demo's admin logs in; a new shopper registers (the seeded
 *     customers have no passwords; --shopper-email / --shopper-password
 *     log in an existing one instead) and logs in — or --shoppers N of them,
 *     which the store requests take in turn; the admin gives each a large
 *     balance and the first a flag; the cheapest promotion-code reward is
 *     the one redeemed (one is created if there is none).
 *  3. Each route in turn: a warm-up, then --duration seconds at
 *     --connections connections. Latencies are of 2xx answers only; other
 *     answers are counted apart.
 *  4. A table: requests per second, p50 / p95 / p99, requests and non-2xx.
 *
 * Every redemption creates a promotion code in the demo's database.
 * Figures are printed as JSON lines (`{"bench":"http",…}`) as they come.
 * See bench/README.md.
 */
"use strict"

const { spawn } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const autocannon = require("autocannon")
const { latencySummary, round } = require("../ledger/http")
const { createHarness, loadAverage, ROOT } = require("../lib/harness")

const OUT_DIR = path.join(__dirname, ".out")
const { log, record, stopGroup, waitForHealth, codeVersion } = createHarness({
  bench: "http",
  database: null,
  outDir: OUT_DIR,
})

// The demo's admin (scripts/demo.js) and its storefront key's title (demo/seed.ts).
const DEMO_ADMIN = { email: "admin@example.com", password: "supersecret" }
const DEMO_API_KEY_TITLE = "Webshop storefront"
const BALANCE = 100_000_000

const HELP = `Usage: npm run bench:http [-- options]

  --url URL            the Medusa to measure (default http://localhost:9000)
  --duration S         seconds per route (default 10)
  --connections N      concurrent connections (default 10)
  --shoppers N         shoppers the store requests take in turn (default 1: every
                       redemption then waits for the one account's row lock)
  --warmup S           seconds of warm-up per route, not measured (default 2)
  --admin-email E      admin login (default ${DEMO_ADMIN.email})
  --admin-password P   admin password (default ${DEMO_ADMIN.password})
  --shopper-email E    log in this shopper (with --shopper-password) as the first
                       one instead of registering a new one
  --shopper-password P
  --no-start           fail when nothing answers at --url instead of starting the demo
  --help

When nothing answers at --url (on localhost), the demo is started on that
port — with DATABASE_URL if set, as npm run demo chooses — and stopped at the end.`

/**
 * @typedef {object} Options
 * @property {string} url
 * @property {number} duration
 * @property {number} connections
 * @property {number} shoppers
 * @property {number} warmup
 * @property {string} adminEmail
 * @property {string} adminPassword
 * @property {string} [shopperEmail]
 * @property {string} [shopperPassword]
 * @property {boolean} start
 * @property {boolean} [help]
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const options = {
    url: "http://localhost:9000",
    duration: 10,
    connections: 10,
    shoppers: 1,
    warmup: 2,
    adminEmail: DEMO_ADMIN.email,
    adminPassword: DEMO_ADMIN.password,
    start: true,
  }
  /**
   * @param {string} name
   * @param {string} value
   */
  const number = (name, value) => {
    const n = Number(value)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].split(/=(.*)/s, 2)
    const value = () => inline ?? argv[++i]
    if (arg === "--url") options.url = value().replace(/\/+$/, "")
    else if (arg === "--duration") options.duration = number(arg, value())
    else if (arg === "--connections") options.connections = Math.round(number(arg, value()))
    else if (arg === "--shoppers") options.shoppers = Math.round(number(arg, value()))
    else if (arg === "--warmup") options.warmup = Number(value()) || 0
    else if (arg === "--admin-email") options.adminEmail = value()
    else if (arg === "--admin-password") options.adminPassword = value()
    else if (arg === "--shopper-email") options.shopperEmail = value()
    else if (arg === "--shopper-password") options.shopperPassword = value()
    else if (arg === "--no-start") options.start = false
    else if (arg === "--help" || arg === "-h") options.help = true
    else throw new Error(`Unknown option: ${arg} (try --help)`)
  }
  return options
}

// ---------------------------------------------------------------------------
// The demo

/** @param {string} baseUrl */
async function answers(baseUrl) {
  try {
    return (await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(3000) })).ok
  } catch {
    return false
  }
}

/**
 * Starts `scripts/demo.js` on the URL's port, its output in .out/demo.log.
 * @param {string} baseUrl
 */
async function startDemo(baseUrl) {
  const url = new URL(baseUrl)
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    throw new Error(`Nothing answers at ${baseUrl}, and it is not on this machine: start it first`)
  }
  const port = url.port || "80"
  fs.mkdirSync(OUT_DIR, { recursive: true })
  const logFile = path.join(OUT_DIR, "demo.log")
  const out = fs.openSync(logFile, "w")
  log(`Nothing answers at ${baseUrl}: starting the demo on port ${port} (log: ${logFile})`)
  // The store API is all the run needs: no storefront (and no clash on its port).
  const args = [path.join(ROOT, "scripts", "demo.js"), "--port", port, "--no-storefront"]
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: process.env,
    stdio: ["ignore", out, out],
    detached: true,
  })
  const exited = new Promise((resolve) => child.on("exit", resolve))
  // A first start migrates and seeds a new database: minutes on a busy machine.
  await waitForHealth(baseUrl, exited, 30 * 60_000)
  log("demo healthy")
  return child
}

// ---------------------------------------------------------------------------
// Setting up the actors

/**
 * One setup request; JSON in and out, a non-2xx answer throws. A refused
 * connection is retried for a minute: `medusa develop` (the demo) restarts
 * the server whenever a file in the repository changes. The JSON answer is
 * typed by the caller.
 * @template T
 * @param {string} baseUrl
 * @param {string} method
 * @param {string} route
 * @param {{ headers?: Record<string, string>, body?: unknown }} [request]
 * @returns {Promise<T>}
 */
async function call(baseUrl, method, route, { headers = {}, body } = {}) {
  let response
  for (let attempt = 0; !response; attempt++) {
    try {
      response = await fetch(baseUrl + route, {
        method,
        headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
      })
    } catch (error) {
      if (attempt >= 30) throw error
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  }
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`)
  }
  return text ? JSON.parse(text) : /** @type {T} */ ({})
}

/**
 * @typedef {{ id: string, name: string, kind: string, points_cost: number }} Reward
 * @typedef {{ customer: { id: string }, headers: Record<string, string> }} Shopper
 */

/**
 * @param {string} baseUrl
 * @param {Options} options
 */
async function setUp(baseUrl, options) {
  /** @type {{ token: string }} */
  const { token: adminToken } = await call(baseUrl, "POST", "/auth/user/emailpass", {
    body: { email: options.adminEmail, password: options.adminPassword },
  })
  const admin = { authorization: `Bearer ${adminToken}` }

  /** @type {{ api_keys: { token: string, title: string, revoked_at: string | null }[] }} */
  const { api_keys: keys } = await call(
    baseUrl,
    "GET",
    "/admin/api-keys?type=publishable&limit=100",
    {
      headers: admin,
    }
  )
  const live = keys.filter((key) => !key.revoked_at)
  const key = live.find((k) => k.title === DEMO_API_KEY_TITLE) ?? live[0]
  if (!key) throw new Error("The store has no publishable API key")

  /** @type {Shopper[]} */
  const shoppers = []
  for (let i = 0; i < options.shoppers; i++) {
    const existing =
      i === 0 && options.shopperEmail
        ? { email: options.shopperEmail, password: /** @type {string} */ (options.shopperPassword) }
        : null
    shoppers.push(await prepareShopper(baseUrl, admin, key.token, i, existing))
  }
  const [{ customer, headers: shopper }] = shoppers
  /** @type {{ customer_flags: { id: string, name: string }[] }} */
  const { customer_flags: flags } = await call(baseUrl, "GET", "/admin/customer-flags?limit=1", {
    headers: admin,
  })
  if (flags[0]) {
    await call(baseUrl, "POST", `/admin/customers/${customer.id}/flags`, {
      headers: admin,
      body: { flag_id: flags[0].id, note: "Load run" },
    })
  }

  /** @type {{ rewards: Reward[] }} */
  const { rewards } = await call(baseUrl, "GET", "/store/loyalty/rewards", { headers: shopper })
  /** @type {Reward | undefined} */
  let reward = rewards
    .filter((r) => r.kind === "promotion_code")
    .sort((a, b) => a.points_cost - b.points_cost)[0]
  if (!reward) {
    ;({ reward } = /** @type {{ reward: Reward }} */ (
      await call(baseUrl, "POST", "/admin/loyalty/rewards", {
        headers: admin,
        body: {
          name: "Load run reward",
          points_cost: 100,
          kind: "promotion_code",
          amount: 10,
          currency_code: "sek",
        },
      })
    ))
  }
  log(
    `${shoppers.length} shopper(s) with ${BALANCE} points each, the first ${customer.id}` +
      `${flags[0] ? ` with the flag ${flags[0].name}` : ""}; reward "${reward.name}" (${reward.points_cost} points)`
  )
  return {
    admin,
    shoppers: shoppers.map((s) => s.headers),
    publishable: { "x-publishable-api-key": key.token },
    customer,
    reward,
  }
}

/**
 * A shopper, logged in, with a large balance so redemptions never run out:
 * `existing` ({ email, password }) logs in a customer who has an account;
 * otherwise a new one registers (the seeded customers have no passwords).
 * @param {string} baseUrl
 * @param {Record<string, string>} admin
 * @param {string} publishableKey
 * @param {number} n
 * @param {{ email: string, password: string } | null} existing
 * @returns {Promise<Shopper>}
 */
async function prepareShopper(baseUrl, admin, publishableKey, n, existing) {
  const email = existing?.email ?? `bench-shopper-${Date.now()}-${n}@example.com`
  const password = existing?.password ?? "bench-password"
  if (!existing) {
    /** @type {{ token: string }} */
    const { token: registration } = await call(
      baseUrl,
      "POST",
      "/auth/customer/emailpass/register",
      {
        body: { email, password },
      }
    )
    await call(baseUrl, "POST", "/store/customers", {
      headers: { authorization: `Bearer ${registration}`, "x-publishable-api-key": publishableKey },
      body: { email, first_name: "Bench", last_name: `Shopper ${n + 1}` },
    })
  }
  // A registration token names no customer yet: log in for one that does.
  /** @type {{ token: string }} */
  const { token } = await call(baseUrl, "POST", "/auth/customer/emailpass", {
    body: { email, password },
  })
  const headers = { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey }
  /** @type {{ customer: { id: string } }} */
  const { customer } = await call(baseUrl, "GET", "/store/customers/me", { headers })
  await call(baseUrl, "POST", `/admin/customers/${customer.id}/loyalty/adjustments`, {
    headers: admin,
    body: { points: BALANCE, description: "Load run balance" },
  })
  return { customer, headers }
}

// ---------------------------------------------------------------------------
// Measuring

/**
 * One autocannon run; resolves with its result and the 2xx latencies.
 * @param {autocannon.Options} options
 * @returns {Promise<{ result: autocannon.Result, latencies: number[] }>}
 */
function cannon(options) {
  return new Promise((resolve, reject) => {
    /** @type {number[]} */
    const latencies = []
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve({ result, latencies })
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime)
    })
  })
}

/**
 * Measures one route. `headers` may be a list: each connection then sends
 * with them in turn (a request per entry, as autocannon cycles `requests`).
 * @param {string} baseUrl
 * @param {Options} options
 * @param {Route} measured
 */
async function measure(baseUrl, options, { name, label, method = "GET", route, headers, body }) {
  /** @type {Record<string, string>} */
  const json = body ? { "content-type": "application/json" } : {}
  const request = {
    url: baseUrl,
    connections: options.connections,
    requests: [headers].flat().map((h) => ({
      method,
      path: route,
      headers: { ...h, ...json },
      body: body ? JSON.stringify(body) : undefined,
    })),
  }
  if (options.warmup > 0) await cannon({ ...request, duration: options.warmup })
  const { result, latencies } = await cannon({ ...request, duration: options.duration })
  const ok = latencies.length
  const figures = {
    route: `${method} ${route}`,
    label,
    connections: options.connections,
    seconds: round(result.duration, 1),
    requests: result.requests.total,
    shoppers: Array.isArray(headers) ? headers.length : undefined,
    ok,
    non_2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    status_codes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])
    ),
    requests_per_second: round(ok / result.duration, 1),
    ...latencySummary(latencies),
  }
  record(name, figures)
  return figures
}

/**
 * One route measured by `measure`.
 * @typedef {{ name: string, label: string, method?: string, route: string, headers: Record<string, string> | Record<string, string>[], body?: unknown }} Route
 */

/** @param {Awaited<ReturnType<typeof measure>>[]} rows */
function printTable(rows) {
  const header = ["route", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "non-2xx"]
  /** @param {number} value */
  const figure = (value) => (Number.isFinite(value) ? String(value) : "–")
  const lines = rows.map((r) => [
    r.label,
    figure(r.requests_per_second),
    figure(r.p50_ms),
    figure(r.p95_ms),
    figure(r.p99_ms),
    String(r.requests),
    String(r.non_2xx + r.errors),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)))
  /** @param {string[]} cells */
  const format = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")
  console.log("\n=== HTTP load run ===")
  console.log(format(header))
  console.log(widths.map((w) => "-".repeat(w)).join("  "))
  for (const line of lines) console.log(format(line))
}

// ---------------------------------------------------------------------------

/** @type {import("node:child_process").ChildProcess | null} */
let demo = null

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) return console.log(HELP)
  const baseUrl = options.url
  if (!(await answers(baseUrl))) {
    if (!options.start) throw new Error(`Nothing answers at ${baseUrl}/health (--no-start)`)
    demo = await startDemo(baseUrl)
  }
  log(
    `${baseUrl}: ${options.duration} s per route at ${options.connections} connections; code ${codeVersion()}; load ${loadAverage()}`
  )
  const actors = await setUp(baseUrl, options)

  /** @type {Route[]} */
  const routes = [
    {
      name: "store_products",
      label: "GET /store/products (Medusa, reference)",
      route: "/store/products?limit=20",
      headers: actors.publishable,
    },
    {
      name: "store_balance",
      label: "GET /store/customers/me/loyalty",
      route: "/store/customers/me/loyalty",
      headers: actors.shoppers,
    },
    {
      name: "store_history",
      label: "GET /store/customers/me/loyalty/entries",
      route: "/store/customers/me/loyalty/entries?limit=20",
      headers: actors.shoppers,
    },
    {
      name: "admin_flags",
      label: "GET /admin/customers/:id/flags",
      route: `/admin/customers/${actors.customer.id}/flags`,
      headers: actors.admin,
    },
    {
      name: "store_redemption",
      label: "POST /store/customers/me/loyalty/redemptions",
      method: "POST",
      route: "/store/customers/me/loyalty/redemptions",
      headers: actors.shoppers,
      body: { reward_id: actors.reward.id },
    },
  ]
  /** @type {Awaited<ReturnType<typeof measure>>[]} */
  const rows = []
  for (const route of routes) {
    log(`${route.label}…`)
    rows.push(await measure(baseUrl, options, route))
  }

  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
    node: process.version,
    code: codeVersion(),
    load_average_end: loadAverage(),
    demo_started_by_bench: !!demo,
  }
  record("machine", machine)
  printTable(rows)
  console.log(
    `${options.connections} connections, ${options.duration} s per route after ${options.warmup} s of warm-up; ` +
      `store requests from ${options.shoppers} shopper(s); latencies of 2xx answers`
  )
  if (rows.some((r) => r.ok === 0)) {
    log(
      "A route had no answer within its run (requests still open at the end are not counted): try a longer --duration"
    )
  }
  console.log(
    `${machine.cores} cores (${machine.cpu}) · Node ${machine.node} · code ${machine.code} · ` +
      `load average at end ${machine.load_average_end} (client, server and database share the machine)`
  )
}

async function stopDemo() {
  if (demo) {
    log("stopping the demo")
    // The demo stops its own Medusa on SIGTERM; SIGKILL only if it hangs.
    await stopGroup(demo, 60_000)
    demo = null
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log(`${signal}: stopping`)
    stopDemo().finally(() => process.exit(130))
  })
}

main()
  .catch((error) => {
    console.error(`[bench] ${error.stack ?? error.message}`)
    process.exitCode = 1
  })
  .finally(stopDemo)

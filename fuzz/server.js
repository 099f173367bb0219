// @ts-check
"use strict"
/**
 * A Medusa server for the fuzz run, on its own database and port. The
 * demo script migrates and seeds the database (and starts `medusa
 * develop`, which is stopped once healthy); then `medusa start` serves it,
 * which does not restart when files in the working tree change.
 */
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")

const ROOT = path.resolve(__dirname, "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const LOG_DIR = path.join(os.tmpdir(), "medusa-loyalty-fuzz")

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Node with `args` in a process group of its own, its output to `logName`.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} logName
 */
function spawnGroup(args, env, logName) {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = path.join(LOG_DIR, logName)
  const out = fs.openSync(logFile, "w")
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal }))
  )
  return { child, exited, logFile }
}

/**
 * Stops the group: SIGTERM, SIGKILL after 20 s, and SIGKILL to what is left.
 * @param {ReturnType<typeof spawnGroup>} group
 */
async function stopGroup({ child, exited }) {
  /** @param {NodeJS.Signals | 0} sig */
  const signal = (sig) => {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), sig)
      return true
    } catch {
      return false
    }
  }
  if (!signal("SIGTERM")) return
  const done = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)])
  if (!done) signal("SIGKILL")
  // The group can outlive its leader (medusa develop forks the server).
  for (let i = 0; i < 50 && signal(0); i++) await sleep(200)
  signal("SIGKILL")
}

/**
 * Whether `GET /health` answers 200 before `until` (a time in ms), asking
 * every second; false at once when `gone()`.
 * @param {string} url
 * @param {number} until
 * @param {() => boolean} gone
 */
async function healthy(url, until, gone) {
  while (Date.now() < until) {
    if (gone()) return false
    try {
      if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) })).ok) return true
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  return false
}

/**
 * @param {string} file
 * @param {number} [lines]
 */
function tail(file, lines = 30) {
  return fs.existsSync(file)
    ? fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
    : ""
}

/**
 * @param {{ port: number, databaseUrl: string, log: (message: string) => void }} options
 */
async function startServer({ port, databaseUrl, log }) {
  const url = `http://localhost:${port}`
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }

  log(
    `Preparing ${databaseUrl.replace(/\/\/[^@]*@/, "//")} with the demo script (migrations and seed when needed)…`
  )
  const demo = spawnGroup(
    [path.join(ROOT, "scripts", "demo.js"), "--port", String(port)],
    env,
    "demo.log"
  )
  let demoGone = false
  demo.exited.then(() => (demoGone = true))
  const ready = await healthy(url, Date.now() + 30 * 60_000, () => demoGone)
  await stopGroup(demo)
  if (!ready)
    throw new Error(`The demo did not get healthy (log: ${demo.logFile}):\n${tail(demo.logFile)}`)

  log("Starting `medusa start` (no restarts on file changes)…")
  const server = spawnGroup(
    [MEDUSA_CLI, "start"],
    {
      ...env,
      NODE_ENV: "development",
      PORT: String(port),
      JWT_SECRET: process.env.JWT_SECRET || "supersecret",
      COOKIE_SECRET: process.env.COOKIE_SECRET || "supersecret",
      // A configured bookings webhook, so that its requests meet the signature check.
      LOYALTY_BOOKINGS_WEBHOOK_SECRET:
        process.env.LOYALTY_BOOKINGS_WEBHOOK_SECRET || "fuzz-bookings-secret",
    },
    "server.log"
  )
  let serverGone = false
  server.exited.then(() => (serverGone = true))
  if (!(await healthy(url, Date.now() + 10 * 60_000, () => serverGone))) {
    await stopGroup(server)
    throw new Error(`Medusa did not get healthy (log: ${server.logFile}):\n${tail(server.logFile)}`)
  }
  return { url, logFile: server.logFile, stop: () => stopGroup(server), gone: () => serverGone }
}

module.exports = { startServer, healthy }

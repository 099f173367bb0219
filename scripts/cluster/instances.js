// @ts-check
/**
 * Starts, waits for, kills and stops the Medusa instances of a production-like
 * set-up (servers and a worker sharing one database and one Redis), as
 * `medusa start` processes from the repository's root. Used by
 * `npm run demo -- --cluster` and `npm run test:cluster`.
 */
"use strict"

const { spawn } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

/**
 * The environment that makes `medusa-config.ts` load the Redis event bus,
 * workflow engine and locking provider and run in `mode`
 * (`server` | `worker`); a namespace keeps this set-up's queues apart.
 * @param {NodeJS.ProcessEnv} baseEnv
 * @param {{ mode: "shared" | "server" | "worker", port: number | string | undefined, redisUrl: string, namespace: string, admin?: boolean }} instance
 * @returns {NodeJS.ProcessEnv}
 */
function instanceEnv(baseEnv, { mode, port, redisUrl, namespace, admin }) {
  return {
    ...baseEnv,
    PORT: String(port),
    REDIS_URL: redisUrl,
    REDIS_NAMESPACE: namespace,
    MEDUSA_WORKER_MODE: mode,
    MEDUSA_ADMIN_DISABLED: admin ? "false" : "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

/**
 * Runs `medusa start` in its own process group (so a kill reaches everything
 * it started), its output appended to `logFile` or shown with a prefix.
 * @param {{ name: string, env: NodeJS.ProcessEnv, logFile?: string }} options
 * @returns {Instance}
 */
function startInstance({ name, env, logFile }) {
  /** @type {import("node:child_process").StdioOptions} */
  let stdio = ["ignore", "pipe", "pipe"]
  /** @type {number | undefined} */
  let fd
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    fd = fs.openSync(logFile, "a")
    stdio = ["ignore", fd, fd]
  }
  const child = spawn(process.execPath, [MEDUSA_CLI, "start"], {
    cwd: ROOT,
    env,
    stdio,
    detached: true,
  })
  if (fd !== undefined) fs.closeSync(fd)
  if (!logFile) {
    // Piped: both streams are there.
    for (const stream of /** @type {import("node:stream").Readable[]} */ ([
      child.stdout,
      child.stderr,
    ])) {
      stream.setEncoding("utf8")
      let rest = ""
      stream.on("data", (/** @type {string} */ chunk) => {
        const lines = (rest + chunk).split("\n")
        rest = /** @type {string} */ (lines.pop())
        for (const line of lines) process.stdout.write(`[${name}] ${line}\n`)
      })
    }
  }
  const instance = /** @type {Instance} */ ({
    name,
    child,
    port: Number(env.PORT),
    logFile,
    gone: false,
  })
  instance.exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      instance.gone = true
      resolve({ code, signal })
    })
  })
  return instance
}

/**
 * A `medusa start` process of the set-up.
 * @typedef {object} Instance
 * @property {string} name
 * @property {import("node:child_process").ChildProcess} child
 * @property {number} port
 * @property {string | undefined} logFile
 * @property {boolean} gone the process has exited
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited
 */

/**
 * Resolves when GET /health answers 200; rejects if the process exits first.
 * @param {Instance} instance
 * @param {number} [timeoutMs]
 */
async function waitHealthy(instance, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs
  while (!instance.gone) {
    if (Date.now() > deadline) {
      throw new Error(`${instance.name} was not healthy after ${timeoutMs / 1000} s`)
    }
    try {
      const response = await fetch(`http://localhost:${instance.port}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const { code, signal } = await instance.exited
  throw new Error(
    `${instance.name} exited before it was healthy (${signal ?? `exit code ${code}`})`
  )
}

/**
 * @param {Instance} instance
 * @param {NodeJS.Signals | 0} signal 0: only whether the group is there
 */
function signalGroup(instance, signal) {
  try {
    process.kill(-(/** @type {number} */ (instance.child.pid)), signal)
    return true
  } catch {
    return false // the group is gone
  }
}

/**
 * SIGKILL to the instance's whole process group: no shutdown, no cleanup.
 * @param {Instance} instance
 */
async function killInstance(instance) {
  signalGroup(instance, "SIGKILL")
  await instance.exited
}

/**
 * SIGTERM (Medusa shuts down gracefully), then SIGKILL after `graceMs`.
 * @param {Instance} instance
 * @param {number} [graceMs]
 */
async function stopInstance(instance, graceMs = 15_000) {
  if (!signalGroup(instance, 0)) return
  signalGroup(instance, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    if (!signalGroup(instance, 0)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  signalGroup(instance, "SIGKILL")
}

/**
 * Listens on `port` for a moment: true if it was free.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

/**
 * `count` free ports, the first tried being `from`, then upwards.
 * @param {number} from
 * @param {number} count
 */
async function freePorts(from, count) {
  /** @type {number[]} */
  const ports = []
  for (let port = from; ports.length < count && port < from + 200; port++) {
    if (await portIsFree(port)) ports.push(port)
  }
  if (ports.length < count) throw new Error(`No ${count} free ports from ${from}`)
  return ports
}

module.exports = {
  ROOT,
  MEDUSA_CLI,
  instanceEnv,
  startInstance,
  waitHealthy,
  killInstance,
  stopInstance,
  portIsFree,
  freePorts,
}

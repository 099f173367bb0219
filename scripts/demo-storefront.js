// @ts-check
/**
 * The demo's storefront (demo/storefront, React + Vite): `npm run demo`
 * builds it with the Medusa URL and the seeded publishable key and serves
 * it with `vite preview` on http://localhost:8000, stopped with the demo.
 *
 *   --storefront-port N   serve it on port N (default 8000)
 *   --storefront-dev      Vite's dev server instead (hot reload while editing it)
 *   --no-storefront       start Medusa only
 */
"use strict"

const { spawn } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")

const ROOT = path.resolve(__dirname, "..")
const VITE = path.join(ROOT, "node_modules", "vite", "bin", "vite.js")
const CONFIG = path.join(ROOT, "demo", "storefront", "vite.config.ts")
const LOG_DIR = path.join(ROOT, ".demo")
const DEFAULT_PORT = 8000
// Keep in step with DEMO_SHOPPERS and DEMO_SHOPPER_PASSWORD in demo/shoppers.ts.
const SHOPPERS = ["selma.falk@example.com", "henrik.sjoberg@example.com (VIP)"]
const SHOPPER_PASSWORD = "supersecret"

const HELP = `  --storefront-port N   serve the storefront on port N (default ${DEFAULT_PORT})
  --storefront-dev      run the storefront on Vite's dev server (hot reload)
  --no-storefront       do not start the storefront`

/** @typedef {{ enabled: boolean, port: number, dev: boolean }} StorefrontOptions */

/**
 * The storefront's process while it runs (`child`), and how to stop it once started.
 * @typedef {{ child?: import("node:child_process").ChildProcess | null, stop?: () => Promise<void> }} Current
 */

/**
 * Takes the storefront's options out of the demo's arguments; the rest are the demo's own.
 * @param {string[]} argv
 */
function takeStorefrontArgs(argv) {
  /** @type {StorefrontOptions} */
  const options = { enabled: true, port: DEFAULT_PORT, dev: false }
  /** @type {string[]} */
  const rest = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === "--storefront-port") options.port = Number(argv[++i])
    else if (arg.startsWith("--storefront-port=")) options.port = Number(arg.slice(18))
    else if (arg === "--storefront-dev") options.dev = true
    else if (arg === "--no-storefront") options.enabled = false
    else rest.push(arg)
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new Error("--storefront-port needs a port number, e.g. --storefront-port 8000")
  }
  return { options, rest }
}

/** @param {StorefrontOptions} options */
function storefrontUrl(options) {
  return `http://localhost:${options.port}`
}

/**
 * Medusa's environment with the storefront's origin allowed on the store and auth routes.
 * @param {{ STORE_CORS: string, AUTH_CORS: string } & NodeJS.ProcessEnv} env
 * @param {StorefrontOptions} options
 */
function withStorefrontCors(env, options) {
  if (!options.enabled) return env
  const origin = storefrontUrl(options)
  /** @param {string} list */
  const add = (list) => (list.split(",").includes(origin) ? list : `${list},${origin}`)
  return { ...env, STORE_CORS: add(env.STORE_CORS), AUTH_CORS: add(env.AUTH_CORS) }
}

/**
 * Checks early, before migrating and seeding, that the storefront's port is
 * free; when it is not, the demo starts without the storefront.
 * @param {StorefrontOptions} options
 */
async function checkStorefrontPort(options) {
  if (!options.enabled) return
  const free = await new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(options.port, () => server.close(() => resolve(true)))
  })
  if (!free) {
    console.log(
      `[demo] Port ${options.port} is in use: starting without the storefront (pick another port with --storefront-port N)`
    )
    options.enabled = false
  }
}

/**
 * Vite with `args` in a process group of its own, its output to `.demo/<logName>`.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} logName
 */
function runVite(args, env, logName) {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = path.join(LOG_DIR, logName)
  const output = fs.openSync(logFile, "w")
  // Its own process group, so stopping reaches esbuild's helpers too.
  const child = spawn(process.execPath, [VITE, ...args, "--config", CONFIG], {
    cwd: ROOT,
    env,
    stdio: ["ignore", output, output],
    detached: true,
  })
  fs.closeSync(output)
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal }))
  )
  return { child, exited, logFile }
}

/**
 * @param {string} file
 * @param {number} [lines]
 */
function tail(file, lines = 30) {
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
}

/**
 * Whether `url` answers 2xx before the process exits or the time is up.
 * @param {string} url
 * @param {Promise<unknown>} exited
 * @param {number} [timeoutMs]
 */
async function waitForPage(url, exited, timeoutMs = 120_000) {
  /** @type {unknown} */
  let gone = null
  exited.then((result) => (gone = result))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (gone) return false
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return true
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return false
}

/**
 * Builds and serves the storefront (or runs Vite's dev server). Resolves
 * once it answers, with `stop()`; `current` is set as soon as a process
 * runs, so a Ctrl-C during the build stops it too.
 * @param {StorefrontOptions} options
 * @param {{ backendUrl: string, publishableKey: string, current?: Current }} context
 */
async function startStorefront(options, { backendUrl, publishableKey, current = {} }) {
  const env = {
    ...process.env,
    VITE_MEDUSA_BACKEND_URL: backendUrl,
    VITE_MEDUSA_PUBLISHABLE_KEY: publishableKey,
  }
  const stop = async () => {
    const child = current.child
    current.child = null
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    const pid = /** @type {number} */ (child.pid)
    try {
      process.kill(-pid, "SIGTERM")
    } catch {
      return // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL")
      } catch {
        // already gone
      }
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  current.stop = stop

  // Per port, so two demos at once do not rebuild each other's files.
  const outDir = path.join(LOG_DIR, `storefront-${options.port}`)
  if (!options.dev) {
    const build = runVite(
      ["build", "--logLevel", "warn", "--outDir", outDir],
      env,
      `storefront-${options.port}-build.log`
    )
    current.child = build.child
    const { code, signal } = await build.exited
    current.child = null
    if (code !== 0) {
      throw new Error(
        `vite build failed (${signal ?? `exit code ${code}`}):\n${tail(build.logFile)}`
      )
    }
  }
  const serveArgs = options.dev ? [] : ["preview", "--outDir", outDir]
  const server = runVite(
    [...serveArgs, "--port", String(options.port), "--strictPort"],
    env,
    `storefront-${options.port}.log`
  )
  current.child = server.child
  const url = storefrontUrl(options)
  if (!(await waitForPage(url, server.exited))) {
    await stop()
    throw new Error(`The storefront did not answer on ${url}:\n${tail(server.logFile)}`)
  }
  return { url, stop, exited: server.exited }
}

/**
 * Starts the storefront for `npm run demo`. A failure is reported and the
 * demo goes on with Medusa alone.
 * @param {StorefrontOptions} options
 * @param {object} demo
 * @param {number} demo.port Medusa's
 * @param {string | null} demo.apiKey the seeded publishable key
 * @param {{ storefront?: Current, stopping: boolean }} demo.running
 * @param {(message: string) => void} demo.log
 * @param {<T>(label: string, run: () => Promise<T>) => Promise<T>} demo.timed
 */
async function startDemoStorefront(options, { port, apiKey, running, log, timed }) {
  if (!options.enabled) return null
  if (!apiKey) {
    log("No publishable key found; the storefront is not started")
    return null
  }
  running.storefront = {}
  const how = options.dev ? "Vite dev server" : "vite build, vite preview"
  try {
    return await timed(`Starting the storefront (${how})`, () =>
      startStorefront(options, {
        backendUrl: `http://localhost:${port}`,
        publishableKey: apiKey,
        current: running.storefront,
      })
    )
  } catch (error) {
    if (!running.stopping)
      log(`The storefront did not start: ${/** @type {Error} */ (error).message}`)
    return null
  }
}

/**
 * @param {StorefrontOptions} options
 * @param {{ url: string } | null} storefront
 */
function storefrontReadyLine(options, storefront) {
  if (!options.enabled) return null
  if (!storefront) return "[demo] Storefront:   not started (no publishable key)"
  return `[demo] Storefront:   ${storefront.url}  (shoppers ${SHOPPERS.join(" and ")}, password ${SHOPPER_PASSWORD})`
}

module.exports = {
  HELP,
  takeStorefrontArgs,
  withStorefrontCors,
  checkStorefrontPort,
  startStorefront,
  startDemoStorefront,
  storefrontReadyLine,
}

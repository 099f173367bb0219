#!/usr/bin/env node
// @ts-check
/**
 * `npm run check:package [-- --keep]`
 *
 * Installs the plugin the way a store developer does and checks that it works:
 * builds and packs it, installs the tarball into a fresh Medusa app (in a
 * temporary folder, `plugins: [{ resolve: "medusa-plugin-customer-loyalty" }]`),
 * migrates a database of its own, builds and starts the app, and checks the
 * plugin's tables, admin and store routes, and admin extensions in the browser.
 * Everything it started is stopped and its database dropped at the end; it
 * exits non-zero on the first failure. `--keep` keeps the app folder.
 *
 * PostgreSQL: PACKAGE_CHECK_POSTGRES (default postgres://postgres@127.0.0.1:5432).
 */
"use strict"

const { spawn } = require("node:child_process")
const crypto = require("node:crypto")
const fs = require("node:fs")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")

const ROOT = path.resolve(__dirname, "..")
/** @type {{ name: string, dependencies?: Record<string, string>, devDependencies?: Record<string, string> }} */
const PLUGIN = require(path.join(ROOT, "package.json"))
const POSTGRES = process.env.PACKAGE_CHECK_POSTGRES || "postgres://postgres@127.0.0.1:5432"
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const KEEP = process.argv.includes("--keep")
// Strings only the plugin's admin code holds: a route's menu label and an API path.
const ADMIN_MARKERS = ["Customer overview", "/admin/customer-flags"]

/** @type {[string, number][]} label, seconds */
const timings = []
/**
 * What the check made, for the clean-up. `dir` is set first thing in main.
 * @typedef {object} State
 * @property {string | null} dir
 * @property {string | null} database
 * @property {{ child: import("node:child_process").ChildProcess, logFile: string } | null} server
 * @property {import("playwright-core").Browser | null} browser
 * @property {Set<import("node:child_process").ChildProcess>} children
 */
/** @type {State} */
const state = { dir: null, database: null, server: null, browser: null, children: new Set() }

/** @param {string} message */
function log(message) {
  console.log(`[check:package] ${message}`)
}

/**
 * Runs one step of the check, logging and keeping how long it took; a
 * failure is marked with the step it happened in.
 * @template T
 * @param {string} label
 * @param {() => Promise<T> | T} run
 * @returns {Promise<T>}
 */
async function step(label, run) {
  const started = Date.now()
  log(`${label}…`)
  try {
    const result = await run()
    const seconds = (Date.now() - started) / 1000
    timings.push([label, seconds])
    log(`${label}: ok (${seconds.toFixed(1)} s)`)
    return result
  } catch (error) {
    timings.push([`${label} (failed)`, (Date.now() - started) / 1000])
    const failure = /** @type {Error & { step?: string }} */ (error)
    failure.step ??= label
    throw error
  }
}

// ---------------------------------------------------------------------------
// Processes

/**
 * Runs a command in its own process group with its output in a log file;
 * resolves when it exits 0, rejects with the end of the log otherwise.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, name: string }} options
 * @returns {Promise<string>} the log file
 */
function run(command, args, { cwd, env = process.env, name }) {
  const logFile = path.join(/** @type {string} */ (state.dir), `${name}.log`)
  const out = fs.openSync(logFile, "w")
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  state.children.add(child)
  return new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      state.children.delete(child)
      if (code === 0) return resolve(logFile)
      reject(
        new Error(
          `${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`}):\n` +
            `${lastLines(logFile, 40)}\n(full log: ${logFile})`
        )
      )
    })
  })
}

/**
 * @param {string} file
 * @param {number} count
 */
function lastLines(file, count) {
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n")
}

/**
 * Sends `signal` to a child's whole process group (it may have forked).
 * @param {import("node:child_process").ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  try {
    process.kill(-(/** @type {number} */ (child.pid)), signal)
  } catch {
    // already gone
  }
}

/**
 * SIGTERM to the child's group, SIGKILL after `timeoutMs`.
 * @param {import("node:child_process").ChildProcess} child
 * @param {number} [timeoutMs]
 */
async function stopChild(child, timeoutMs = 15000) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  signalGroup(child, "SIGTERM")
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), timeoutMs)
  await exited
  clearTimeout(timer)
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      // Listening on a port: the address is an AddressInfo.
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
  })
}

// ---------------------------------------------------------------------------
// PostgreSQL

/** @param {string} database */
function databaseUrl(database) {
  const url = new URL(POSTGRES)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * Runs `work` with a client connected to `database`, then disconnects it.
 * @template T
 * @param {string} database
 * @param {(client: import("pg").Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withClient(database, work) {
  const client = new Client({
    connectionString: databaseUrl(database),
    connectionTimeoutMillis: 5000,
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** @param {string} name */
async function createDatabase(name) {
  await withClient("postgres", (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  )
  state.database = name
}

/** @param {string} name */
async function dropDatabase(name) {
  await withClient("postgres", (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
  )
}

// ---------------------------------------------------------------------------
// The throw-away app

/**
 * The versions the plugin is developed and tested against (its devDependencies).
 * @param {string} name
 */
function versionOf(name) {
  const version = PLUGIN.devDependencies?.[name] ?? PLUGIN.dependencies?.[name]
  if (!version) throw new Error(`package.json has no version of ${name} to give the app`)
  return version
}

/** @param {string} tarball */
function appPackageJson(tarball) {
  /** @param {string[]} names */
  const pick = (names) => Object.fromEntries(names.map((name) => [name, versionOf(name)]))
  return {
    name: "packed-install-store",
    version: "0.0.0",
    private: true,
    scripts: { build: "medusa build", start: "medusa start", dev: "medusa develop" },
    dependencies: {
      ...pick([
        "@medusajs/admin-sdk",
        "@medusajs/cli",
        "@medusajs/framework",
        "@medusajs/medusa",
        "@medusajs/js-sdk",
        "@medusajs/icons",
        "@medusajs/ui",
        "react",
        "react-dom",
      ]),
      [PLUGIN.name]: `file:${tarball}`,
    },
    devDependencies: pick([
      "@swc/core",
      "@types/node",
      "@types/react",
      "@types/react-dom",
      "ts-node",
      "typescript",
      "vite",
    ]),
    engines: { node: ">=20" },
  }
}

const APP_CONFIG = `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [
    {
      resolve: "${PLUGIN.name}",
      options: {},
    },
  ],
})
`

// The tsconfig of Medusa's starter app.
const APP_TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

/**
 * @param {string} appDir
 * @param {string} tarball
 */
function writeApp(appDir, tarball) {
  fs.mkdirSync(path.join(appDir, "src"), { recursive: true })
  /**
   * @param {string} file
   * @param {string} text
   */
  const write = (file, text) => fs.writeFileSync(path.join(appDir, file), text)
  write("package.json", JSON.stringify(appPackageJson(tarball), null, 2) + "\n")
  write("tsconfig.json", JSON.stringify(APP_TSCONFIG, null, 2) + "\n")
  write("medusa-config.ts", APP_CONFIG)
  write(".gitignore", "node_modules\n.medusa\n")
}

/**
 * @param {string} database
 * @param {number} port
 */
function appEnv(database, port) {
  const origin = `http://localhost:${port}`
  return {
    ...process.env,
    DATABASE_URL: databaseUrl(database),
    PORT: String(port),
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: origin,
    AUTH_CORS: `http://localhost:8000,${origin}`,
    JWT_SECRET: "packed-install-check",
    COOKIE_SECRET: "packed-install-check",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

// ---------------------------------------------------------------------------
// Checks

/**
 * What `npm pack` put in the tarball: the plugin's code, nothing of the repo's own.
 * @param {{ path: string }[]} files as `npm pack --json` lists them
 */
function checkPackedFiles(files) {
  const paths = files.map((file) => file.path)
  const required = [
    "package.json",
    ".medusa/server/src/admin/index.mjs",
    ".medusa/server/src/admin/index.js",
    ".medusa/server/src/workflows/index.js",
    ".medusa/server/src/modules/customer-loyalty/index.js",
    ".medusa/server/src/modules/customer-insights/index.js",
  ]
  const missing = required.filter((file) => !paths.includes(file))
  for (const dir of ["api", "links", "subscribers", "jobs", "migration-scripts"]) {
    if (!paths.some((file) => file.startsWith(`.medusa/server/src/${dir}/`)))
      missing.push(`.medusa/server/src/${dir}/…`)
  }
  for (const module of ["customer-loyalty", "customer-insights"]) {
    const dir = `.medusa/server/src/modules/${module}/migrations/`
    if (!paths.some((file) => file.startsWith(dir))) missing.push(`${dir}…`)
  }
  if (missing.length) throw new Error(`The tarball lacks:\n  ${missing.join("\n  ")}`)

  const foreign = paths.filter(
    (file) =>
      /(^|\/)__tests__\//.test(file) ||
      file === ".medusa/server/medusa-plugin-options.json" || // a plugin:develop leftover: points the admin at this repo
      (file.startsWith(".medusa/server/") && !file.startsWith(".medusa/server/src/")) ||
      /^(src|integration-tests|bench|demo|scripts)\//.test(file)
  )
  if (foreign.length) {
    throw new Error(
      `The tarball holds files a store does not need (${foreign.length}), e.g.:\n  ${foreign.slice(0, 10).join("\n  ")}`
    )
  }
}

/**
 * The package's own entry points resolve from the app (README's `/workflows` import).
 * @param {string} appDir
 */
async function checkEntryPoints(appDir) {
  const script = `
    const plugin = ${JSON.stringify(PLUGIN.name)}
    const workflows = require(plugin + "/workflows")
    if (typeof workflows.assignCustomerFlagsWorkflow !== "function") throw new Error("no assignCustomerFlagsWorkflow in " + plugin + "/workflows")
    for (const m of ["customer-loyalty", "customer-insights"]) {
      const mod = require(plugin + "/.medusa/server/src/modules/" + m)
      if (!mod.default?.service) throw new Error("no module definition in " + m)
    }
    require.resolve(plugin + "/admin")
  `
  await run(process.execPath, ["-e", script], { cwd: appDir, name: "entry-points" })
}

/**
 * Every table the packed migrations create, and the plugin's link tables and migration scripts.
 * @param {string} appDir
 * @param {string} database
 */
async function checkMigrated(appDir, database) {
  const moduleDir = path.join(appDir, "node_modules", PLUGIN.name, ".medusa/server/src/modules")
  /** @type {Set<string>} */
  const expected = new Set()
  for (const module of fs.readdirSync(moduleDir)) {
    const dir = path.join(moduleDir, module, "migrations")
    if (!fs.existsSync(dir)) continue
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".js"))) {
      const text = fs.readFileSync(path.join(dir, file), "utf8")
      for (const match of text.matchAll(/create table if not exists \\?"(\w+)\\?"/gi))
        expected.add(match[1])
    }
  }
  if (!expected.size)
    throw new Error(`No CREATE TABLE found in the packed migrations (${moduleDir})`)

  const linkDir = path.join(appDir, "node_modules", PLUGIN.name, ".medusa/server/src/links")
  // A read-only link reads a column the plugin owns; the others get a link table each.
  const tableLinks = fs
    .readdirSync(linkDir)
    .filter((name) => name.endsWith(".js"))
    .filter((name) => !/readOnly:\s*true/.test(fs.readFileSync(path.join(linkDir, name), "utf8")))
  const scripts = fs
    .readdirSync(
      path.join(appDir, "node_modules", PLUGIN.name, ".medusa/server/src/migration-scripts")
    )
    .filter((name) => name.endsWith(".js"))
    .map((name) => name.replace(/\.js$/, ""))

  await withClient(database, async (client) => {
    const { rows } = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    )
    const present = new Set(rows.map((row) => row.table_name))
    const missing = [...expected].filter((table) => !present.has(table))
    if (missing.length) throw new Error(`Tables missing after db:migrate: ${missing.join(", ")}`)

    const links = await client.query(
      `SELECT table_name FROM link_module_migrations
        WHERE link_descriptor->>'fromModule' IN ('customerLoyalty', 'customerInsights')
           OR link_descriptor->>'toModule' IN ('customerLoyalty', 'customerInsights')`
    )
    const linkTables = links.rows.map((row) => row.table_name).filter((table) => present.has(table))
    if (linkTables.length < tableLinks.length) {
      throw new Error(
        `Expected ${tableLinks.length} link table(s) for ${tableLinks.join(", ")}; found ${linkTables.join(", ") || "none"}`
      )
    }

    const ran = await client.query(
      "SELECT script_name FROM script_migrations WHERE finished_at IS NOT NULL"
    )
    const names = ran.rows.map((row) => row.script_name)
    const notRun = scripts.filter((script) => !names.some((name) => name.includes(script)))
    if (notRun.length) throw new Error(`Migration scripts not run: ${notRun.join(", ")}`)
  })
  return { tables: expected.size, linkTables: tableLinks.length, scripts: scripts.length }
}

/**
 * One request: its status, its JSON (null when it is not JSON) and its text.
 * @param {string} base
 * @param {string} method
 * @param {string} urlPath
 * @param {{ token?: string, headers?: Record<string, string>, body?: unknown }} [options]
 */
async function request(base, method, urlPath, { token, headers = {}, body } = {}) {
  const response = await fetch(`${base}${urlPath}`, {
    method,
    headers: {
      ...(body ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  /** @type {unknown} */
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, json, text }
}

/**
 * The JSON of an answer with the status expected (typed by the caller); throws on another.
 * @template T
 * @param {{ status: number, json: unknown, text: string }} response
 * @param {number} status
 * @param {string} what
 * @returns {T}
 */
function expectStatus(response, status, what) {
  if (response.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${response.status}: ${response.text.slice(0, 500)}`
    )
  }
  return /** @type {T} */ (response.json)
}

/**
 * @param {string} base
 * @param {NonNullable<State["server"]>} server
 * @param {number} timeoutMs
 */
async function waitForHealth(base, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(
        `medusa start exited (${server.child.exitCode}):\n${lastLines(server.logFile, 40)}`
      )
    }
    try {
      const response = await fetch(`${base}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `No answer on ${base}/health within ${timeoutMs / 1000} s:\n${lastLines(server.logFile, 40)}`
  )
}

/**
 * @typedef {{ id: string }} Created
 */

/** @param {string} base */
async function checkAdminApi(base) {
  /** @type {{ token?: string } | null} */
  const login = expectStatus(
    await request(base, "POST", "/auth/user/emailpass", { body: ADMIN }),
    200,
    "POST /auth/user/emailpass"
  )
  const token = login?.token
  if (!token) throw new Error("POST /auth/user/emailpass answered without a token")

  /** @type {{ customer_flag: Created }} */
  const created = expectStatus(
    await request(base, "POST", "/admin/customer-flags", {
      token,
      body: { name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" },
    }),
    201,
    "POST /admin/customer-flags"
  )
  /** @type {{ customer_flags?: Created[] }} */
  const listed = expectStatus(
    await request(base, "GET", "/admin/customer-flags", { token }),
    200,
    "GET /admin/customer-flags"
  )
  if (!listed.customer_flags?.some((flag) => flag.id === created.customer_flag?.id)) {
    throw new Error(
      `GET /admin/customer-flags does not list the flag just created: ${JSON.stringify(listed)}`
    )
  }
  // The flag workflow mirrors the flag as a customer group (a Medusa module, through a link).
  /** @type {{ customer_groups?: { name: string }[] }} */
  const groups = expectStatus(
    await request(base, "GET", "/admin/customer-groups?q=VIP", { token }),
    200,
    "GET /admin/customer-groups"
  )
  if (!groups.customer_groups?.some((group) => group.name === "Flag: VIP")) {
    throw new Error(
      `No customer group "Flag: VIP" after creating the flag: ${JSON.stringify(groups)}`
    )
  }
  // A customer with the flag, for the widgets on the customer page.
  const customer = /** @type {{ customer: Created }} */ (
    expectStatus(
      await request(base, "POST", "/admin/customers", {
        token,
        body: { email: "ingrid@example.com" },
      }),
      200,
      "POST /admin/customers"
    )
  ).customer
  expectStatus(
    await request(base, "POST", `/admin/customers/${customer.id}/flags`, {
      token,
      body: { flag_id: created.customer_flag.id },
    }),
    201,
    "POST /admin/customers/:id/flags"
  )
  return { token, customerId: customer.id }
}

/**
 * @param {string} base
 * @param {string} token the admin's
 */
async function checkStoreApi(base, token) {
  /** @type {{ api_key: { token: string } }} */
  const key = expectStatus(
    await request(base, "POST", "/admin/api-keys", {
      token,
      body: { title: "Storefront", type: "publishable" },
    }),
    200,
    "POST /admin/api-keys"
  )
  /** @type {{ rewards?: unknown }} */
  const rewards = expectStatus(
    await request(base, "GET", "/store/loyalty/rewards", {
      headers: { "x-publishable-api-key": key.api_key.token },
    }),
    200,
    "GET /store/loyalty/rewards"
  )
  if (!Array.isArray(rewards.rewards))
    throw new Error(`GET /store/loyalty/rewards: ${JSON.stringify(rewards)}`)
  expectStatus(
    await request(base, "GET", "/store/customers/me/loyalty", {
      headers: { "x-publishable-api-key": key.api_key.token },
    }),
    401,
    "GET /store/customers/me/loyalty without a customer"
  )
}

/**
 * The plugin's subscribers run in the app: deleting a customer in Medusa makes
 * the plugin forget their flags (`customer.deleted` → forget-customer).
 * @param {string} base
 * @param {string} token the admin's
 * @param {string} customerId
 * @param {string} database
 */
async function checkSubscriber(base, token, customerId, database) {
  expectStatus(
    await request(base, "DELETE", `/admin/customers/${customerId}`, { token }),
    200,
    "DELETE /admin/customers/:id"
  )
  const deadline = Date.now() + 60 * 1000
  while (Date.now() < deadline) {
    const { rows } = await withClient(database, (client) =>
      client.query(
        "SELECT count(*)::int AS n FROM customer_flag_assignment WHERE customer_id = $1 AND deleted_at IS NULL",
        [customerId]
      )
    )
    if (rows[0].n === 0) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    "The deleted customer still has a flag assignment after 60 s: the customer.deleted subscriber did not run"
  )
}

/**
 * Follows /app's scripts and their imports; passes if one of them holds the plugin's admin code.
 * @param {string} base
 */
async function checkAdminBundle(base) {
  const html = await (await fetch(`${base}/app`)).text()
  const queue = [...html.matchAll(/src="([^"]+\.js)"/g)].map(
    (match) => new URL(match[1], `${base}/app/`).href
  )
  if (!queue.length) throw new Error(`/app serves no script:\n${html.slice(0, 500)}`)
  /** @type {Set<string>} */
  const seen = new Set()
  /** @type {Set<string>} */
  const found = new Set()
  while (queue.length) {
    const url = /** @type {string} */ (queue.shift())
    if (seen.has(url)) continue
    seen.add(url)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    const code = await response.text()
    for (const marker of ADMIN_MARKERS) if (code.includes(marker)) found.add(marker)
    if (found.size === ADMIN_MARKERS.length) return { scripts: seen.size }
    for (const match of code.matchAll(
      /["'`(,]\s*(\.{0,2}\/?(?:app\/)?assets\/[\w.-]+\.js|\.\/[\w.-]+\.js)["'`]/g
    )) {
      queue.push(new URL(match[1], url).href)
    }
  }
  const missing = ADMIN_MARKERS.filter((marker) => !found.has(marker))
  throw new Error(
    `The admin at /app (${seen.size} scripts) lacks the plugin's admin code: ${missing.join(", ")}`
  )
}

/**
 * Logs in to the admin in Chromium, finds the plugin's menu entries, opens its
 * settings page and the customer page with its widgets.
 * @param {string} base
 * @param {string} customerId
 */
async function checkAdminInBrowser(base, customerId) {
  const { chromium } = require("playwright-core")
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
  // In production Medusa's session cookie is Secure, which express-session
  // sets only on HTTPS requests: the header stands for the TLS proxy in front
  // of a real store (Chromium keeps Secure cookies on http://localhost).
  state.browser = browser
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    extraHTTPHeaders: { "x-forwarded-proto": "https" },
  })
  page.setDefaultTimeout(60 * 1000)
  /** @type {string[]} */
  const errors = []
  page.on("pageerror", (error) => errors.push(error.message))
  try {
    await page.goto(`${base}/app/login`)
    await page.getByPlaceholder("Email").fill(ADMIN.email)
    await page.getByPlaceholder("Password").fill(ADMIN.password)
    await page.getByRole("button", { name: /continue/i }).click()
    await page.waitForURL(/\/app\/orders/)
    // The plugin's menu entries: two at the top, one under Customers.
    const sidebar = page.locator("aside").first()
    await sidebar.getByRole("link", { name: "Loyalty points" }).first().waitFor()
    await sidebar.getByRole("link", { name: "Segments" }).first().waitFor()
    await page.goto(`${base}/app/customers`)
    await page.getByRole("link", { name: "Customer overview" }).first().waitFor()
    // The settings page lists the flag made over the API: the plugin's admin
    // code, its React Query hooks and the JS SDK all work in the built admin.
    await page.goto(`${base}/app/settings/customer-flags`)
    await page
      .getByTestId("customer-flags-page")
      .getByText("VIP", { exact: true })
      .first()
      .waitFor()
    // Widgets on the customer page: the flag given over the API, the points card.
    await page.goto(`${base}/app/customers/${customerId}`)
    await page
      .getByTestId("customer-flags-widget")
      .locator('[data-flag-name="VIP"]')
      .first()
      .waitFor()
    await page.getByTestId("loyalty-points-widget").waitFor()
  } catch (error) {
    const shot = path.join(/** @type {string} */ (state.dir), "admin-failure.png")
    await page.screenshot({ path: shot }).catch(() => {})
    const failure = /** @type {Error} */ (error)
    failure.message += `\n(screenshot: ${shot}${errors.length ? `; page errors: ${errors.join(" | ")}` : ""})`
    throw error
  } finally {
    await browser.close()
    state.browser = null
  }
  if (errors.length) throw new Error(`The admin threw: ${errors.join(" | ")}`)
}

// ---------------------------------------------------------------------------

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "customer-loyalty-packed-"))
  state.dir = dir
  const appDir = path.join(dir, "store")
  const database = `packed_install_${crypto.randomBytes(4).toString("hex")}`
  const medusa = path.join(appDir, "node_modules", ".bin", "medusa")
  log(`Working in ${dir}`)

  await step("Build the plugin (npm run build)", () =>
    run("npm", ["run", "build"], { cwd: ROOT, name: "plugin-build" })
  )

  const tarball = await step("Pack it (npm pack)", async () => {
    const logFile = await run("npm", ["pack", "--json", "--pack-destination", dir], {
      cwd: ROOT,
      name: "pack",
    })
    const text = fs.readFileSync(logFile, "utf8")
    const [packed] = JSON.parse(text.slice(text.indexOf("[")))
    checkPackedFiles(packed.files)
    log(
      `  ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed`
    )
    return path.join(dir, packed.filename)
  })

  await step("Write a fresh Medusa app", () => writeApp(appDir, tarball))

  await step("Install the app and the tarball (npm install)", () =>
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], {
      cwd: appDir,
      name: "npm-install",
    })
  )

  await step("Resolve the package's entry points from the app", () => checkEntryPoints(appDir))

  const port = await freePort()
  const env = appEnv(database, port)
  await step(`Create database ${database}`, () => createDatabase(database))

  await step("Migrate (medusa db:migrate)", () =>
    run(medusa, ["db:migrate"], { cwd: appDir, env, name: "db-migrate" })
  )

  await step("Check the plugin's tables, link tables and migration scripts", async () => {
    const counts = await checkMigrated(appDir, database)
    log(
      `  ${counts.tables} tables, ${counts.linkTables} link table(s), ${counts.scripts} migration scripts`
    )
  })

  await step("Create an admin user (medusa user)", () =>
    run(medusa, ["user", "-e", ADMIN.email, "-p", ADMIN.password], {
      cwd: appDir,
      env,
      name: "user",
    })
  )

  await step("Build the app (medusa build)", () =>
    run(medusa, ["build"], { cwd: appDir, env, name: "app-build" })
  )

  const base = `http://localhost:${port}`
  const server = await step(`Start it (medusa start in .medusa/server, port ${port})`, async () => {
    const serverDir = path.join(appDir, ".medusa", "server")
    const logFile = path.join(dir, "start.log")
    const out = fs.openSync(logFile, "w")
    const child = spawn(medusa, ["start"], {
      cwd: serverDir,
      env: { ...env, NODE_ENV: "production" },
      stdio: ["ignore", out, out],
      detached: true,
    })
    fs.closeSync(out)
    const server = { child, logFile }
    state.server = server
    await waitForHealth(base, server, 3 * 60 * 1000)
    return server
  })

  const { token, customerId } = await step(
    "Admin API: log in, create a customer flag, give it to a customer",
    () => checkAdminApi(base)
  )
  await step("Store API: /store/loyalty/rewards with a publishable key", () =>
    checkStoreApi(base, token)
  )
  await step("Admin bundle at /app holds the plugin's admin code", async () => {
    const { scripts } = await checkAdminBundle(base)
    log(`  found in ${scripts} script(s)`)
  })
  await step("Admin in Chromium: menu entries, Customer flags page, customer widgets", () =>
    checkAdminInBrowser(base, customerId)
  )
  await step("Subscriber: a deleted customer's flags are forgotten", () =>
    checkSubscriber(base, token, customerId, database)
  )

  const serverErrors = fs
    .readFileSync(server.logFile, "utf8")
    .split("\n")
    .filter((line) => /\berror\b/i.test(line))
  if (serverErrors.length) {
    log(
      `The server logged ${serverErrors.length} error line(s):\n  ${serverErrors.slice(0, 10).join("\n  ")}`
    )
  }
}

/** @param {boolean} failed */
async function cleanUp(failed) {
  if (state.browser) await state.browser.close().catch(() => {})
  if (state.server) await stopChild(state.server.child)
  for (const child of state.children) await stopChild(child)
  if (state.database) {
    await dropDatabase(state.database).catch((error) =>
      log(`Could not drop ${state.database}: ${error.message}`)
    )
  }
  if (state.dir && !KEEP && !failed) fs.rmSync(state.dir, { recursive: true, force: true })
  else if (state.dir) log(`Kept ${state.dir} (logs, the app)`)
}

/**
 * Adds this check's counts to the test summary CI prints (.jest-results/summary.jsonl).
 * @param {boolean} failed
 */
function writeSummary(failed) {
  const dir = path.join(ROOT, ".jest-results")
  fs.mkdirSync(dir, { recursive: true })
  const passed = timings.filter(([label]) => !label.endsWith("(failed)")).length
  fs.appendFileSync(
    path.join(dir, "summary.jsonl"),
    JSON.stringify({ suite: "package", passed, failed: failed ? 1 : 0, skipped: 0 }) + "\n"
  )
}

function printTimings() {
  const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0)
  console.log("\nStep timings:")
  for (const [label, seconds] of timings)
    console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${label}`)
  console.log(`  ${total.toFixed(1).padStart(7)} s  total`)
}

function runFromCommandLine() {
  let interrupted = false
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      if (interrupted) return
      interrupted = true
      log(`${signal}: stopping`)
      await cleanUp(true)
      process.exit(1)
    })
  }

  main().then(
    async () => {
      await cleanUp(false)
      writeSummary(false)
      printTimings()
      log("The packed plugin installs and works in a fresh Medusa app.")
    },
    async (error) => {
      await cleanUp(true)
      writeSummary(true)
      printTimings()
      console.error(
        `\n[check:package] FAILED at "${error.step ?? "setup"}":\n${error.stack ?? error}`
      )
      process.exit(1)
    }
  )
}

if (require.main === module) runFromCommandLine()
// The checks, for running them one by one against a server of one's own.
else
  module.exports = {
    state,
    checkAdminApi,
    checkStoreApi,
    checkSubscriber,
    checkAdminBundle,
    checkAdminInBrowser,
    checkMigrated,
  }

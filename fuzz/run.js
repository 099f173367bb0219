#!/usr/bin/env node
// @ts-check
"use strict"
/**
 * `npm run fuzz [-- --url http://localhost:9040] [-- --requests 10000] [-- --seed N]`
 *
 * Sends random and malformed requests to every route of the plugin
 * (src/api/**\/route.ts, each exported method) as the admin, as two
 * shoppers (one with the VIP flag) and anonymously, and fails on:
 * - any 5xx (or no answer at all);
 * - a write without a 2xx: the plugin's tables changed under a request that
 *   was refused (checked per write request, and per batch of reads; a
 *   change is confirmed by sending the request again, so that a scheduled
 *   job or a subscriber finishing an earlier request is not blamed);
 * - a store response holding the other shopper's id, email or member
 *   number, or the name of a flag.
 *
 * Without --url it starts its own server (the demo's database
 * medusa_loyalty_fuzz on port 9040, or --database-url / --port).
 */
const path = require("node:path")
const { Client } = require("pg")
const { createActors, readPools } = require("./actors")
const { createFingerprint, changedTables } = require("./fingerprint")
const { pluginRoutes } = require("./routes")
const { createRequestGenerator } = require("./requests")
const { startServer, healthy } = require("./server")
const { printReport } = require("./report")

const ROOT = path.resolve(__dirname, "..")
/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** @param {string} message */
const log = (message) => console.log(`[fuzz] ${message}`)

/**
 * @typedef {import("./requests").FuzzRequest} FuzzRequest
 * @typedef {import("./actors").Actor} Actor
 * @typedef {import("./actors").Shopper} Shopper
 * @typedef {{ status: number, text: string }} Answer status 0: no answer
 */

/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{ url: string | null, databaseUrl: string, port: number, requests: number, concurrency: number, seed: number }} */
  const options = {
    url: null,
    databaseUrl:
      process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/medusa_loyalty_fuzz",
    port: 9040,
    requests: 10_000,
    concurrency: 3,
    seed: Date.now() % 1_000_000_007,
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s)
    const value = () => inline ?? argv[++i]
    if (flag === "--url") options.url = value().replace(/\/$/, "")
    else if (flag === "--database-url") options.databaseUrl = value()
    else if (flag === "--port") options.port = Number(value())
    else if (flag === "--requests") options.requests = Number(value())
    else if (flag === "--concurrency") options.concurrency = Number(value())
    else if (flag === "--seed") options.seed = Number(value())
    else throw new Error(`Unknown option ${flag}`)
  }
  return options
}

/** Scheduled jobs run at second 0 of a minute: keep requests away from it. */
async function quietWindow() {
  for (;;) {
    const second = new Date().getSeconds()
    if (second >= 5 && second <= 56) return
    await sleep(500)
  }
}

/** @param {number} status */
const statusClass = (status) => (status ? `${Math.floor(status / 100)}xx` : "no answer")
/** @param {number} status */
const ok = (status) => status >= 200 && status < 300

/**
 * @param {string} base
 * @param {FuzzRequest} request
 * @returns {Promise<Answer>}
 */
async function send(base, request) {
  const headers = { ...request.headers }
  if (request.body) headers["content-type"] = request.body.type
  try {
    const response = await fetch(
      `${base}${request.path}${request.query ? `?${request.query}` : ""}`,
      {
        method: request.method,
        headers,
        body: request.body && request.method !== "GET" ? request.body.text : undefined,
        redirect: "manual",
        signal: AbortSignal.timeout(120_000),
      }
    )
    return { status: response.status, text: await response.text() }
  } catch (caught) {
    const error =
      /** @type {{ cause?: { code?: string }, message?: string } | null | undefined} */ (caught)
    return { status: 0, text: String(error?.cause?.code ?? error?.message ?? error) }
  }
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
/** Words a flag may be called that any response may hold for other reasons. */
const TOO_COMMON = /^(true|false|null|undefined|nan|infinity|-?[\d.e+]+|.{0,2})$/i

/** @param {Awaited<ReturnType<typeof createActors>>} setup */
function leakChecker(setup) {
  const flagPatterns = setup.flagNames
    .filter((name) => typeof name === "string" && name.trim() && !TOO_COMMON.test(name.trim()))
    .map((name) => ({
      name,
      pattern: new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(name)}($|[^\\p{L}\\p{N}_])`, "u"),
    }))
  /**
   * @param {Shopper} shopper
   * @returns {[string, string][]}
   */
  const secretsOf = (shopper) => [
    ["id", shopper.id],
    ["email", shopper.email],
    ["member number", shopper.member_number],
  ]
  return {
    checkedFlagNames: flagPatterns.length,
    /**
     * What a store response shows that it must not.
     * @param {FuzzRequest} request
     * @param {Actor} actor
     * @param {string} text
     */
    leaks(request, actor, text) {
      if (!request.path.startsWith("/store")) return []
      const sent =
        safeDecode(`${request.path}?${request.query}`) +
        (request.body?.text ?? "") +
        JSON.stringify(request.headers)
      const others = actor.other ? [actor.other] : Object.values(setup.shoppers)
      /** @type {string[]} */
      const found = []
      for (const shopper of others) {
        for (const [what, secret] of secretsOf(shopper)) {
          if (secret && text.includes(secret) && !sent.includes(secret))
            found.push(`another customer's ${what} (${secret})`)
        }
      }
      for (const { name, pattern } of flagPatterns) {
        if (pattern.test(text) && !sent.includes(name)) found.push(`the flag name '${name}'`)
      }
      return found
    },
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const routes = pluginRoutes(ROOT)
  log(
    `${routes.length} routes, ${routes.reduce((n, r) => n + r.methods.length, 0)} route methods; seed ${options.seed}`
  )

  /** @type {Awaited<ReturnType<typeof startServer>> | null} */
  let server = null
  const stop = async () => {
    if (server) {
      log("Stopping the server")
      await server.stop()
      server = null
    }
  }
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      await stop()
      process.exit(130)
    })
  }

  const client = new Client({ connectionString: options.databaseUrl })
  try {
    let base = options.url
    if (!base) {
      server = await startServer({ port: options.port, databaseUrl: options.databaseUrl, log })
      base = server.url
      log(`Server up at ${base} (log: ${server.logFile})`)
    }
    await client.connect()
    const fingerprint = await createFingerprint(client, ROOT)
    log(`Write check over ${fingerprint.tables.length} tables: ${fingerprint.tables.join(", ")}`)

    const runId = Date.now().toString(36)
    const setup = await createActors(base, runId)
    const { actors, shoppers } = setup
    const checker = leakChecker(setup)
    log(
      `Shoppers ${shoppers.A.email} (VIP, member ${shoppers.A.member_number}) and ${shoppers.B.email} ` +
        `(member ${shoppers.B.member_number}); ${checker.checkedFlagNames} flag names searched for in store responses`
    )
    const protectedIds = new Set([
      shoppers.A.id,
      shoppers.B.id,
      shoppers.A.account_id,
      shoppers.B.account_id,
      setup.vip.id,
    ])
    let pools = await readPools(base, actors.admin.headers, shoppers)
    const nextRequest = createRequestGenerator({ routes, seed: options.seed })

    /** @type {Map<string, Map<string, number>>} */
    const counts = new Map()
    /** @type {import("./report").Failure[]} */
    const failures = []
    /** @type {Map<string, number>} */
    const noise = new Map()
    // That the checks can see what they look for: writes that did write, and
    // store answers that hold the asking shopper's own member number.
    const seen = { writes: 0, writesThatWrote: 0, ownMemberNumber: 0 }
    let sent = 0
    const started = Date.now()

    /**
     * @param {FuzzRequest} request
     * @param {Answer} response
     */
    const record = (request, response) => {
      const key = `${request.method} ${request.route}`
      const row = counts.get(key) ?? new Map()
      const cell = `${request.actor}|${statusClass(response.status)}`
      row.set(cell, (row.get(cell) ?? 0) + 1)
      counts.set(key, row)
      sent += 1
      if (!response.status || response.status >= 500) {
        failures.push({
          kind: response.status ? `${response.status}` : "no answer",
          request,
          response,
        })
      }
      const self = actors[request.actor].self
      if (self && response.text.includes(self.member_number)) seen.ownMemberNumber += 1
      const leaks = checker.leaks(request, actors[request.actor], response.text)
      if (leaks.length) failures.push({ kind: "leak", detail: leaks.join("; "), request, response })
    }

    /**
     * A change under a refused request: settle, send it again, and see whether it writes again.
     * @param {FuzzRequest} request
     * @param {string[]} firstTables
     */
    const confirmWrite = async (request, firstTables) => {
      await sleep(1500)
      await quietWindow()
      const before = await fingerprint.take()
      const replay = await send(base, request)
      const after = await fingerprint.take()
      const tables = changedTables(before, after)
      if (tables.length && !ok(replay.status)) {
        failures.push({
          kind: "write without 2xx",
          detail: `tables ${tables.join(", ")} changed; answered ${replay.status}`,
          request,
          response: replay,
        })
      } else {
        for (const table of firstTables) noise.set(table, (noise.get(table) ?? 0) + 1)
      }
    }

    const BATCH = 40
    while (sent < options.requests) {
      if (server?.gone() || !(await healthy(base, Date.now() + 120_000, () => false))) {
        failures.push({
          kind: "server down",
          request: { method: "-", path: "-", actor: "-" },
          response: { status: 0, text: "" },
        })
        break
      }
      await quietWindow()
      const batch = Array.from({ length: Math.min(BATCH, options.requests - sent) }, () =>
        nextRequest({ pools, actors, protectedIds, publishableKey: setup.publishableKey })
      )
      const reads = batch.filter((request) => request.method === "GET")
      const writes = batch.filter((request) => request.method !== "GET")

      // Reads, a few at a time; then whether anything changed meanwhile.
      const before = await fingerprint.take()
      const results = []
      for (let i = 0; i < reads.length; i += options.concurrency) {
        const slice = reads.slice(i, i + options.concurrency)
        results.push(
          ...(await Promise.all(
            slice.map(async (request) => ({ request, response: await send(base, request) }))
          ))
        )
      }
      results.forEach(({ request, response }) => record(request, response))
      const changed = changedTables(before, await fingerprint.take())
      if (changed.length) {
        for (const { request } of results.filter(({ response }) => !ok(response.status))) {
          await confirmWrite(request, changed)
        }
      }

      // Writes one by one, each between two fingerprints.
      for (const request of writes) {
        await quietWindow()
        const beforeWrite = await fingerprint.take()
        const response = await send(base, request)
        record(request, response)
        const tables = changedTables(beforeWrite, await fingerprint.take())
        if (ok(response.status)) {
          seen.writes += 1
          seen.writesThatWrote += tables.length ? 1 : 0
        } else if (tables.length) {
          await confirmWrite(request, tables)
        }
      }

      if (Math.floor(sent / 500) !== Math.floor((sent - batch.length) / 500)) {
        pools = await readPools(base, actors.admin.headers, shoppers)
        const seconds = (Date.now() - started) / 1000
        log(
          `${sent} requests in ${seconds.toFixed(0)} s (${(sent / seconds).toFixed(1)}/s), ${failures.length} failure(s)`
        )
      }
    }

    printReport({
      counts,
      failures,
      noise,
      seen,
      sent,
      seconds: (Date.now() - started) / 1000,
      seed: options.seed,
    })
    process.exitCode = failures.length ? 1 : 0
  } finally {
    await client.end().catch(() => {})
    await stop()
  }
}

main().catch(async (error) => {
  console.error(`[fuzz] ${error.stack ?? error}`)
  process.exit(2)
})

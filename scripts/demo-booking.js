#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo:booking -- --email selma.falk@example.com [--cancel]`
 *
 * Plays the booking system for the running demo: sends a signed booking of
 * the demo's bookable service (the backstage tour, which earns points by an
 * earn rule) to POST /hooks/customer-loyalty/bookings, as a real booking
 * system would when a booking is completed; with --cancel, the cancellation
 * of the customer's last booking sent from here, which takes its points back.
 * Signed with the secret `npm run demo` runs with (scripts/lib/demo-bookings.js).
 */
"use strict"

const fs = require("node:fs")
const path = require("node:path")
const { demoBookingsSecret, signBooking } = require("./lib/demo-bookings")

const ROOT = path.resolve(__dirname, "..")
// A dot folder: `medusa develop` does not restart when it changes.
const SENT_FILE = path.join(ROOT, ".demo", "bookings-sent.json")
const ADMIN = { email: "admin@example.com", password: "supersecret" }
// Keep in step with DEMO_BOOKABLE_SERVICE_HANDLE in demo/loyalty.ts.
const SERVICE_HANDLE = "backstage-tour"

/**
 * @typedef {object} Options
 * @property {number} port
 * @property {boolean} cancel
 * @property {string} handle
 * @property {string} [email] required, except with --help
 * @property {string} [id]
 * @property {string} [occurredAt]
 * @property {boolean} [help]
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
function parseArgs(argv) {
  /** @type {Options} */
  const options = { port: Number(process.env.PORT) || 9000, cancel: false, handle: SERVICE_HANDLE }
  /**
   * @param {number} i
   * @param {string} name
   */
  const value = (i, name) => {
    const next = argv[i + 1]
    if (next === undefined || next.startsWith("--")) throw new Error(`${name} needs a value`)
    return next
  }
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].split(/=(.*)/s, 2)
    const take = () => (inline !== undefined ? inline : value(i++, arg))
    if (arg === "--email") options.email = take().trim()
    else if (arg === "--cancel") options.cancel = true
    else if (arg === "--id") options.id = take()
    else if (arg === "--product") options.handle = take()
    else if (arg === "--occurred-at") options.occurredAt = take()
    else if (arg === "--port") options.port = Number(take())
    else if (arg === "--help" || arg === "-h") options.help = true
    else throw new Error(`Unknown option: ${arg} (try --help)`)
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new Error("--port needs a port number, e.g. --port 9000")
  }
  if (!options.help && !options.email) {
    throw new Error(
      "--email is required (the customer who booked), e.g. --email selma.falk@example.com"
    )
  }
  if (options.occurredAt !== undefined && Number.isNaN(Date.parse(options.occurredAt))) {
    throw new Error("--occurred-at needs an ISO 8601 date, e.g. 2026-11-25T10:00:00Z")
  }
  return options
}

function printHelp() {
  console.log(`Usage: npm run demo:booking -- --email <customer email> [options]

  --email E         the customer who booked (matched ignoring case)
  --cancel          cancel the customer's last booking sent with this command
                    (or the one named by --id): its points are taken back
  --id ID           the booking's id (default: a new one; on --cancel, the last one)
  --product HANDLE  the booked service's product handle (default ${SERVICE_HANDLE})
  --occurred-at T   when the booking took place (ISO 8601; default now); its
                    points become available booking_pending_hours after it
  --port N          the demo's port (default 9000)

Sends a booking signed with the demo's development secret to
POST /hooks/customer-loyalty/bookings, as a booking system would.`)
}

/**
 * The bookings sent from here, by customer email (lower case).
 * @returns {Record<string, { id: string, status: string, at: string }[]>}
 */
function readSent() {
  try {
    return JSON.parse(fs.readFileSync(SENT_FILE, "utf8"))
  } catch {
    return {}
  }
}

/**
 * @param {string} email
 * @param {string} id
 * @param {string} status
 */
function recordSent(email, id, status) {
  const sent = readSent()
  const key = email.toLowerCase()
  const list = (sent[key] ?? []).filter((booking) => booking.id !== id)
  list.push({ id, status, at: new Date().toISOString() })
  sent[key] = list
  fs.mkdirSync(path.dirname(SENT_FILE), { recursive: true })
  fs.writeFileSync(SENT_FILE, `${JSON.stringify(sent, null, 2)}\n`)
}

/** @param {string} email */
function lastCompleted(email) {
  const list = readSent()[email.toLowerCase()] ?? []
  return [...list].reverse().find((booking) => booking.status === "completed")?.id ?? null
}

/**
 * A request to the demo: its status and JSON body (`{ message }` when the body is not JSON).
 * @param {string} base
 * @param {string} route
 * @param {RequestInit} [init]
 */
async function call(base, route, init = {}) {
  let response
  try {
    response = await fetch(`${base}${route}`, init)
  } catch {
    throw new Error(`Nothing answers at ${base}. Start the demo first: npm run demo`)
  }
  const text = await response.text()
  let body
  try {
    body = JSON.parse(text)
  } catch {
    body = { message: text }
  }
  return { status: response.status, body }
}

/**
 * The booked service's product id, read through the admin API as the demo's admin.
 * @param {string} base
 * @param {string} handle
 * @returns {Promise<{ id: string, title: string }>}
 */
async function serviceProductId(base, handle) {
  const login = await call(base, "/auth/user/emailpass", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (login.status !== 200)
    throw new Error(`Could not sign in as ${ADMIN.email}: ${login.body.message}`)
  const found = await call(
    base,
    `/admin/products?handle=${encodeURIComponent(handle)}&fields=id,title`,
    {
      headers: { authorization: `Bearer ${login.body.token}` },
    }
  )
  const product = found.body.products?.[0]
  if (!product) throw new Error(`The demo has no product with the handle "${handle}"`)
  return product
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) return printHelp()
  // parseArgs makes sure of it without --help.
  const email = /** @type {string} */ (options.email)
  const base = `http://localhost:${options.port}`

  let booking
  let service = null
  if (options.cancel) {
    const id = options.id ?? lastCompleted(email)
    if (!id) {
      throw new Error(`No booking for ${email} was sent from here to cancel; name one with --id`)
    }
    booking = {
      id,
      customer_email: email,
      occurred_at: options.occurredAt ?? new Date().toISOString(),
      status: "cancelled",
    }
  } else {
    service = await serviceProductId(base, options.handle)
    booking = {
      id: options.id ?? `bk_demo_${Date.now().toString(36)}`,
      customer_email: email,
      product_id: service.id,
      occurred_at: options.occurredAt ?? new Date().toISOString(),
      status: "completed",
    }
  }

  // The body is signed exactly as sent.
  const body = JSON.stringify(booking)
  const timestamp = Math.floor(Date.now() / 1000)
  const answer = await call(base, "/hooks/customer-loyalty/bookings", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-loyalty-timestamp": String(timestamp),
      "x-loyalty-signature": signBooking(demoBookingsSecret(), timestamp, body),
    },
    body,
  })
  if (answer.status !== 200) {
    throw new Error(
      `The webhook answered ${answer.status}: ${answer.body.message ?? JSON.stringify(answer.body)}`
    )
  }
  recordSent(email, booking.id, booking.status)

  const { entry, duplicate } = answer.body
  const who = email
  if (booking.status === "completed") {
    // A completed booking is one of the service read above.
    console.log(
      `Booking ${booking.id}: ${/** @type {{ title: string }} */ (service).title} for ${who}${duplicate ? " (already credited)" : ""}`
    )
    if (!entry) console.log("  It earns no points (no earn rule for this service).")
    else if (entry.status === "pending") {
      console.log(
        `  +${entry.points} points, pending until ${entry.available_at} (booking_pending_hours after it took place)`
      )
    } else console.log(`  +${entry.points} points, available now`)
    const port = options.port === 9000 ? "" : ` --port ${options.port}`
    console.log(`  Cancel it with: npm run demo:booking -- --email ${who}${port} --cancel`)
  } else {
    console.log(`Booking ${booking.id} cancelled for ${who}`)
    console.log(
      entry ? `  ${Math.abs(entry.points)} points taken back` : "  Nothing left to take back."
    )
  }
}

main().catch((error) => {
  console.error(`[demo:booking] ${error.message}`)
  process.exit(1)
})

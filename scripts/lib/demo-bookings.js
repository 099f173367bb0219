// @ts-check
"use strict"
/**
 * The demo's bookings webhook: the development secret `npm run demo` sets
 * when LOYALTY_BOOKINGS_WEBHOOK_SECRET is not, and the signature a booking
 * system sends (the formula of src/api/hooks/customer-loyalty/bookings/
 * signature.ts, checked against it by a unit test there).
 */
const crypto = require("node:crypto")

/** Public on purpose: it only ever signs bookings for the local demo. */
const DEMO_BOOKINGS_SECRET = "demo-only-bookings-secret-never-use-in-production"

/** The secret the demo runs with: the environment's, else the development one. */
function demoBookingsSecret(env = process.env) {
  return env.LOYALTY_BOOKINGS_WEBHOOK_SECRET || DEMO_BOOKINGS_SECRET
}

/**
 * `sha256=` and the hex HMAC-SHA256 of `<timestamp>.<body>`, keyed with the secret.
 * @param {string} secret
 * @param {string | number} timestamp
 * @param {string | Buffer} body
 * @returns {string}
 */
function signBooking(secret, timestamp, body) {
  const hmac = crypto.createHmac("sha256", secret)
  hmac.update(`${timestamp}.`)
  hmac.update(body)
  return `sha256=${hmac.digest("hex")}`
}

module.exports = { DEMO_BOOKINGS_SECRET, demoBookingsSecret, signBooking }

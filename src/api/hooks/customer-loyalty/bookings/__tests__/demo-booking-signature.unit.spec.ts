import { checkBookingSignature } from "../signature"

// The demo's booking sender (`npm run demo:booking`) is plain JavaScript
// outside src; it must sign exactly as this route verifies.
/* eslint-disable @typescript-eslint/no-require-imports -- plain JavaScript: an import would need types for it */
const {
  DEMO_BOOKINGS_SECRET,
  demoBookingsSecret,
  signBooking,
} = require("../../../../../../scripts/lib/demo-bookings")
/* eslint-enable @typescript-eslint/no-require-imports */

const now = new Date("2026-12-04T10:00:00Z")
const timestamp = String(Math.floor(now.getTime() / 1000))

describe("the demo's booking sender", () => {
  it("signs bodies the webhook accepts, byte for byte (non-ASCII included)", () => {
    for (const body of [
      '{"id":"bk_demo_1","customer_email":"selma.falk@example.com","status":"completed"}',
      JSON.stringify({ id: "bk_ö", customer_email: "åsa@example.se", status: "cancelled" }),
    ]) {
      const signature = signBooking(DEMO_BOOKINGS_SECRET, timestamp, body)
      expect(
        checkBookingSignature({
          secret: DEMO_BOOKINGS_SECRET,
          timestamp,
          signature,
          rawBody: Buffer.from(body),
          now,
        })
      ).toEqual({ valid: true })
      // Another secret, or a changed body, is refused.
      expect(
        checkBookingSignature({
          secret: "another",
          timestamp,
          signature,
          rawBody: Buffer.from(body),
          now,
        }).valid
      ).toBe(false)
      expect(
        checkBookingSignature({
          secret: DEMO_BOOKINGS_SECRET,
          timestamp,
          signature,
          rawBody: Buffer.from(`${body} `),
          now,
        }).valid
      ).toBe(false)
    }
  })

  it("uses the environment's secret when one is set, else the demo's development secret", () => {
    expect(demoBookingsSecret({ LOYALTY_BOOKINGS_WEBHOOK_SECRET: "from-env" })).toBe("from-env")
    expect(demoBookingsSecret({})).toBe(DEMO_BOOKINGS_SECRET)
    expect(demoBookingsSecret({ LOYALTY_BOOKINGS_WEBHOOK_SECRET: "" })).toBe(DEMO_BOOKINGS_SECRET)
  })
})

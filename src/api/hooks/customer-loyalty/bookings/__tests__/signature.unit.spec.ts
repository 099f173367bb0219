import crypto from "crypto"
import { checkBookingSignature, signBookingPayload } from "../signature"

const secret = "whsec_test"
const body = '{"id":"bk_1","status":"completed"}'
const now = new Date("2026-11-25T10:00:00Z")
const timestamp = String(Math.floor(now.getTime() / 1000))

const check = (overrides: Partial<Parameters<typeof checkBookingSignature>[0]> = {}) =>
  checkBookingSignature({
    secret,
    timestamp,
    signature: signBookingPayload(secret, timestamp, body),
    rawBody: Buffer.from(body),
    now,
    ...overrides,
  })

describe("bookings webhook signature", () => {
  it("is HMAC-SHA256 of '<timestamp>.<raw body>' in hex, as openssl computes it", () => {
    const expected = crypto
      .createHmac("sha256", secret)
      .update(`${timestamp}.${body}`)
      .digest("hex")
    expect(signBookingPayload(secret, timestamp, body)).toBe(`sha256=${expected}`)
  })

  it("accepts a signed, recent request, with upper-case hex too", () => {
    expect(check()).toEqual({ valid: true })
    const upper = "sha256=" + signBookingPayload(secret, timestamp, body).slice(7).toUpperCase()
    expect(check({ signature: upper })).toEqual({ valid: true })
  })

  it("refuses a changed body, another secret or a timestamp it was not signed with", () => {
    expect(check({ rawBody: Buffer.from(body + " ") })).toMatchObject({ valid: false })
    expect(check({ signature: signBookingPayload("other", timestamp, body) })).toMatchObject({
      valid: false,
      reason: "x-loyalty-signature does not match the body",
    })
    const later = String(Number(timestamp) + 60)
    expect(check({ timestamp: later })).toMatchObject({ valid: false })
  })

  it("says which header is missing or malformed", () => {
    expect(check({ timestamp: undefined })).toEqual({
      valid: false,
      reason: "Missing x-loyalty-timestamp header",
    })
    expect(check({ signature: undefined })).toEqual({
      valid: false,
      reason: "Missing x-loyalty-signature header",
    })
    expect(check({ timestamp: "2026-11-25T10:00:00Z" })).toMatchObject({
      reason: "x-loyalty-timestamp must be a Unix time in seconds",
    })
    expect(check({ signature: "abc" })).toMatchObject({
      reason: "x-loyalty-signature must be 'sha256=' followed by 64 hex digits",
    })
  })

  it("allows five minutes of clock difference either way, not more", () => {
    const at = (seconds: number) => {
      const ts = String(Number(timestamp) + seconds)
      return check({ timestamp: ts, signature: signBookingPayload(secret, ts, body) }).valid
    }
    expect(at(-300)).toBe(true)
    expect(at(300)).toBe(true)
    expect(at(-301)).toBe(false)
    expect(at(301)).toBe(false)
  })
})

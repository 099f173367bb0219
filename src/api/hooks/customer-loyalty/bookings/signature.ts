import crypto from "crypto"

export const BOOKING_TIMESTAMP_HEADER = "x-loyalty-timestamp"
export const BOOKING_SIGNATURE_HEADER = "x-loyalty-signature"

/** How far a request's timestamp may be from the server's clock, either way. */
export const BOOKING_SIGNATURE_TOLERANCE_SECONDS = 5 * 60

const SIGNATURE_FORMAT = /^sha256=([0-9a-f]{64})$/i
const UNIX_SECONDS = /^\d{1,12}$/

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<raw body>`): what a
 * booking system sends in `x-loyalty-signature`. The timestamp is signed too,
 * so an old request cannot be replayed with a fresh timestamp.
 */
export function signBookingPayload(
  secret: string,
  timestamp: string | number,
  rawBody: Buffer | string
): string {
  const hmac = crypto.createHmac("sha256", secret)
  hmac.update(`${timestamp}.`)
  hmac.update(rawBody)
  return `sha256=${hmac.digest("hex")}`
}

export type BookingSignatureCheck = { valid: true } | { valid: false; reason: string }

/**
 * Checks a request's timestamp and signature. The reason says which header
 * is missing or wrong, never what the right signature would have been.
 */
export function checkBookingSignature({
  secret,
  timestamp,
  signature,
  rawBody,
  now = new Date(),
}: {
  secret: string
  timestamp: string | undefined
  signature: string | undefined
  rawBody: Buffer | string
  now?: Date
}): BookingSignatureCheck {
  if (!timestamp) {
    return { valid: false, reason: `Missing ${BOOKING_TIMESTAMP_HEADER} header` }
  }
  if (!UNIX_SECONDS.test(timestamp)) {
    return {
      valid: false,
      reason: `${BOOKING_TIMESTAMP_HEADER} must be a Unix time in seconds`,
    }
  }
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp))
  if (skew > BOOKING_SIGNATURE_TOLERANCE_SECONDS) {
    return {
      valid: false,
      reason: `${BOOKING_TIMESTAMP_HEADER} is more than ${
        BOOKING_SIGNATURE_TOLERANCE_SECONDS / 60
      } minutes from the server's clock`,
    }
  }
  if (!signature) {
    return { valid: false, reason: `Missing ${BOOKING_SIGNATURE_HEADER} header` }
  }
  const sent = SIGNATURE_FORMAT.exec(signature.trim())
  if (!sent) {
    return {
      valid: false,
      reason: `${BOOKING_SIGNATURE_HEADER} must be 'sha256=' followed by 64 hex digits`,
    }
  }
  const expected = signBookingPayload(secret, timestamp, rawBody).slice("sha256=".length)
  // Both are 32 bytes here, so timingSafeEqual never throws on length.
  const matches = crypto.timingSafeEqual(
    Buffer.from(sent[1].toLowerCase(), "hex"),
    Buffer.from(expected, "hex")
  )
  return matches
    ? { valid: true }
    : { valid: false, reason: `${BOOKING_SIGNATURE_HEADER} does not match the body` }
}

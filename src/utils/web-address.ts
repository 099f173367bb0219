/**
 * An absolute http(s) URL with a host name holding a dot: what a shopper or
 * a merchant may be sent to. `javascript:` and `data:` URLs are URLs too,
 * and run script when put in an `href`.
 */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== "string") {
    return false
  }
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".")
  } catch {
    return false
  }
}

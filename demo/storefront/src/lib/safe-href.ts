/**
 * The URL if it is an http(s) one, else undefined: an offer's link goes in
 * an `href`, where a `javascript:` URL would run script in the shop.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) {
    return undefined
  }
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined
  } catch {
    return undefined
  }
}

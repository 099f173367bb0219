const moneyFormats = new Map<string, Intl.NumberFormat>()

/** "1 095 kr", "€64": whole amounts without decimals, as price tags show them. */
export function formatMoney(amount: number | null | undefined, currencyCode: string) {
  const currency = currencyCode.toUpperCase()
  const whole = Number.isInteger(amount ?? 0)
  const key = `${currency}:${whole}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(currency === "SEK" ? "sv-SE" : "en-IE", {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    })
    moneyFormats.set(key, format)
  }
  return format.format(amount ?? 0)
}

const pointsFormat = new Intl.NumberFormat("en-GB")

/** "3,028" */
export function formatPoints(points: number) {
  return pointsFormat.format(points)
}

/** "1 point", "3,028 points" */
export function pointsLabel(points: number) {
  return `${formatPoints(points)} ${Math.abs(points) === 1 ? "point" : "points"}`
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
})
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
})

/** "25 Nov 2026" */
export function formatDate(value: string | Date | null | undefined) {
  return value ? dateFormat.format(new Date(value)) : ""
}

/** "1 Dec, 10:00" */
export function formatDateTime(value: string | Date | null | undefined) {
  return value ? dateTimeFormat.format(new Date(value)) : ""
}

export function isFuture(value: string | Date | null | undefined) {
  return !!value && new Date(value).getTime() > Date.now()
}

/**
 * The years a date sent to the plugin may fall in. JavaScript and PostgreSQL
 * each hold a wider range, but not the same one: a date that one accepts and
 * the other refuses (year 0, 275760, -271821) turned into a 500.
 */
export const MIN_DATE_YEAR = 1900
export const MAX_DATE_YEAR = 9999

// YYYY-MM-DD, optionally with a time and an offset (±hh:mm up to ±14:59, what
// real timezones use; PostgreSQL refuses past ±15:59).
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?$/

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * An ISO 8601 date (`2026-05-01`) or date-time (`2026-05-01T10:00:00Z`) on a
 * day that exists, in the years 1900 to 9999.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") {
    return false
  }
  const parts = ISO_8601.exec(value)
  if (!parts) {
    return false
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[]
  return (
    year >= MIN_DATE_YEAR &&
    year <= MAX_DATE_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    instantInRange(Date.parse(value))
  )
}

// The instant, not only the written year: `9999-12-31T23:00:00-05:00` is in
// the year 10000 in UTC, which PostgreSQL refuses.
function instantInRange(time: number) {
  const year = new Date(time).getUTCFullYear()
  return !Number.isNaN(time) && year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR
}

/** What a field holding such a date must be, for error messages. */
export const ISO_DATE_RULE = `must be an ISO 8601 date (YYYY-MM-DD or a date-time) in the years ${MIN_DATE_YEAR} to ${MAX_DATE_YEAR}`

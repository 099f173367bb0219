export const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The UTC day of an instant as PostgreSQL reads a date: `YYYY-MM-DD`, and
 * `10000-01-01` past year 9999 (where `toISOString` writes `+010000-…`; a
 * range ending on 9999-12-31 ends there).
 */
export const utcDay = (instant: Date) =>
  [
    String(instant.getUTCFullYear()).padStart(4, "0"),
    String(instant.getUTCMonth() + 1).padStart(2, "0"),
    String(instant.getUTCDate()).padStart(2, "0"),
  ].join("-")

/** Midnight UTC of the Monday of the ISO week an instant falls in. */
export function mondayOf(instant: Date): Date {
  const midnight = Math.floor(instant.getTime() / DAY_MS) * DAY_MS
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7
  return new Date(midnight - weekday * DAY_MS)
}

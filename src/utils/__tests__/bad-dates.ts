/**
 * Dates every date field must refuse with a 400: out of range for
 * JavaScript or PostgreSQL, days that do not exist, and text that
 * `Date.parse` reads anyway. Shared by the unit and HTTP tests.
 */
export const BAD_DATES: unknown[] = [
  "275760-09-13",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "-000001-01-01",
  "0000-01-01",
  "0001-01-01",
  "1899-12-31T23:59:59Z",
  "10000-01-01",
  // In range as written, out of it as an instant in UTC.
  "9999-12-31T23:00:00-05:00",
  "1900-01-01T00:00:00+14:00",
  "2026-02-30",
  "2025-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "2026-01-01T24:00:00Z",
  "2026-01-01T10:60:00Z",
  "2026-01-01T10:00:60Z",
  "2026-01-01T10:00:00+16:00",
  "2026-1-1",
  "2026",
  "Dec 31 2026",
  "12/31/2026",
  "tomorrow",
  "1e308",
  "Infinity",
  "NaN",
  "",
  " 2026-01-01",
  "2026-01-01T10:00:00Z; DROP TABLE",
  "x".repeat(10_000),
  1e308,
  0,
  -1,
  true,
  ["2026-01-01"],
  { $gt: "2026-01-01" },
]

/** Dates every date field must accept. */
export const GOOD_DATES = [
  "1900-01-01",
  "2024-02-29",
  "2026-05-01T10:00",
  "2026-05-01T10:00:00Z",
  "2026-05-01T10:00:00.123Z",
  "2026-05-01T10:00:00+02:00",
  "9999-12-31",
  "9999-12-31T23:59:59.999Z",
]

import { join, raw, sql, SqlFragment } from "../lib/sql"
import { SegmentWindow } from "./types"

const isDateOnly = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date)

/**
 * Instants for rule dates. A `YYYY-MM-DD` date is a whole day in the
 * configured timezone (PostgreSQL converts with `AT TIME ZONE`, so summer
 * time is right); a date-time with an offset is that instant. "Now" is a
 * parameter, fixed for the statement.
 */
export class SegmentTime {
  constructor(private readonly options: { timezone: string; now: Date }) {}

  /**
   * N × 24 hours before now. In hours, not days: PostgreSQL subtracts days
   * in the session's timezone, so across a daylight-saving change "the last
   * 40 days" would move by an hour with the database connection's setting.
   */
  daysAgo(days: number): SqlFragment {
    return sql`(SELECT ${this.options.now}::timestamptz - make_interval(hours => ${days}::int * 24))`
  }

  /**
   * The first instant of the day, or the instant itself. Each bound is a
   * scalar subquery: PostgreSQL computes it once for the statement, where
   * the bare expression (stable, not immutable: it depends on time zones)
   * was computed again for every order row and every FILTER that names it.
   */
  startOf(date: string): SqlFragment {
    return isDateOnly(date)
      ? sql`(SELECT (${date}::date)::timestamp AT TIME ZONE ${this.options.timezone})`
      : sql`${date}::timestamptz`
  }

  /** After a whole day means from the next day on; after an instant, strictly later. */
  after(expression: SqlFragment, date: string): SqlFragment {
    return isDateOnly(date)
      ? sql`${expression} >= (SELECT (${date}::date + 1)::timestamp AT TIME ZONE ${this.options.timezone})`
      : sql`${expression} > ${date}::timestamptz`
  }

  /** Up to and including `date` (the whole day, when it is one). */
  until(expression: SqlFragment, date: string): SqlFragment {
    return isDateOnly(date)
      ? sql`${expression} < (SELECT (${date}::date + 1)::timestamp AT TIME ZONE ${this.options.timezone})`
      : sql`${expression} <= ${date}::timestamptz`
  }

  /**
   * `AND …` keeping orders placed in the window (`placedAt`: the column of
   * the order's date, by default an order fact's `f.placed_at`); empty
   * without a window.
   */
  windowFilter(window: SegmentWindow | null | undefined, placedAt = "f.placed_at"): SqlFragment {
    return window
      ? sql`
       AND ${this.windowPredicate(window, placedAt)}`
      : raw("")
  }

  /** The first instant of a window, or null when it has none (no window, or only an end). */
  windowStart(window: SegmentWindow | null | undefined): SqlFragment | null {
    if (!window) {
      return null
    }
    if ("days" in window) {
      return this.daysAgo(window.days)
    }
    return window.from ? this.startOf(window.from) : null
  }

  /** Whether an order was placed in the window (see windowFilter). */
  windowPredicate(window: SegmentWindow | null | undefined, placedAt = "f.placed_at"): SqlFragment {
    if (!window) {
      return raw("TRUE")
    }
    const column = raw(placedAt)
    if ("days" in window) {
      return sql`${column} >= ${this.daysAgo(window.days)}`
    }
    const parts: SqlFragment[] = []
    if (window.from) {
      parts.push(sql`${column} >= ${this.startOf(window.from)}`)
    }
    if (window.to) {
      parts.push(this.until(column, window.to))
    }
    return sql`(${join(parts, " AND ")})`
  }
}

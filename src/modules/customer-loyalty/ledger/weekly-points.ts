import { sql, SqlFragment } from "../../../lib/sql"
import { pointsByTypeColumns, pointsByTypeOf, pointsByTypeOrZero } from "./points-by-type"
import { mondayOf, utcDay } from "./utc-days"

export type WeeklyEntrySums = {
  /** Monday of the ISO week (UTC), `YYYY-MM-DD`. */
  week_start: string
  earned: number
  redeemed: number
  adjusted: number
  expired: number
  reversed: number
}

/**
 * The points chart's statement: points per ISO week (Monday, UTC) and type,
 * one row for every week from the week of `from` to the week of `to`,
 * empty weeks included. The points come from `source`, a relation with
 * `type` and `points` columns (of `table` when given) and its conditions,
 * which keep only what falls in the range: the per-day summary's days, or
 * members' entries. `utcTime` places a row in its week: a UTC date, or a
 * timestamp without time zone read in UTC.
 */
export function weeklyPointsQuery(input: {
  from: Date
  to: Date
  source: SqlFragment
  table?: string
  utcTime: SqlFragment
}): SqlFragment {
  const firstWeek = utcDay(mondayOf(input.from))
  const lastWeek = utcDay(mondayOf(input.to))
  return sql`WITH weeks AS (
       SELECT generate_series(${firstWeek}::date, ${lastWeek}::date, interval '1 week')::date AS week_start
     ),
     sums AS (
       SELECT date_trunc('week', ${input.utcTime})::date AS week_start,
       ${pointsByTypeColumns({ table: input.table, orZero: false })}
         FROM ${input.source}
        GROUP BY 1
     )
     SELECT to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
       ${pointsByTypeOrZero("s")}
       FROM weeks w
       LEFT JOIN sums s ON s.week_start = w.week_start
      ORDER BY w.week_start`
}

/** A row of weeklyPointsQuery, its sums as numbers. */
export const weeklyPointsOf = (row: Record<string, unknown>): WeeklyEntrySums => ({
  week_start: String(row.week_start),
  ...pointsByTypeOf(row),
})

import { join, list, raw, sql, SqlFragment } from "../../../lib/sql"
import { runQuery } from "../statements/run-query"
import { pointsByTypeColumns, pointsByTypeOf } from "./points-by-type"
import { Manager, rows } from "./types"
import { DAY_MS, utcDay } from "./utc-days"
import { weeklyPointsOf, weeklyPointsQuery, WeeklyEntrySums } from "./weekly-points"

// Reads and upkeep of the ledger's per-day summary (`loyalty_entry_day` and
// its change log, kept by triggers: see Migration20261204130000). The
// summary holds entries and points per UTC day, type and status; whatever a
// filter on those (and on a date range) asks, it answers from days, reading
// entries only for the part-days at the ends of a range.

export type EntrySummaryFilters = {
  from?: Date | null
  /** Exclusive end. */
  before?: Date | null
  type?: string[]
  status?: string[]
}

/** Signed as in the ledger: redeemed, expired and reversed are negative. */
export type EntryTotals = {
  count: number
  earned: number
  redeemed: number
  adjusted: number
  expired: number
  reversed: number
  net: number
}

const dayOf = utcDay

/**
 * Splits `[from, before)` into whole UTC days, read from the summary, and
 * at most two part-days at its ends, read from the ledger. A range inside
 * one day is all part-day.
 */
export function splitIntoDays(from: Date | null, before: Date | null) {
  const firstWholeDay = from ? Math.ceil(from.getTime() / DAY_MS) * DAY_MS : null
  const endOfWholeDays = before ? Math.floor(before.getTime() / DAY_MS) * DAY_MS : null
  if (firstWholeDay !== null && endOfWholeDays !== null && firstWholeDay >= endOfWholeDays) {
    return { days: null, partDays: [{ from: from!, before: before! }] }
  }
  const partDays: { from: Date; before: Date }[] = []
  if (from && from.getTime() < firstWholeDay!) {
    partDays.push({ from, before: new Date(firstWholeDay!) })
  }
  if (before && endOfWholeDays! < before.getTime()) {
    partDays.push({ from: new Date(endOfWholeDays!), before })
  }
  return {
    days: {
      from: firstWholeDay === null ? null : dayOf(new Date(firstWholeDay)),
      before: endOfWholeDays === null ? null : dayOf(new Date(endOfWholeDays)),
    },
    partDays,
  }
}

/** `AND type IN (…) AND status IN (…)`, or nothing without those filters. */
function kindFilter(filters: EntrySummaryFilters): SqlFragment {
  const conditions: SqlFragment[] = []
  if (filters.type?.length) {
    conditions.push(sql` AND type IN (${list(filters.type)})`)
  }
  if (filters.status?.length) {
    conditions.push(sql` AND status IN (${list(filters.status)})`)
  }
  return join(conditions, "")
}

/**
 * The summary's rows of a day range with the changes not yet folded in,
 * as one `(day, type, entries, points)` source.
 */
function summaryRows(
  days: { from: string | null; before: string | null },
  filters: EntrySummaryFilters
): SqlFragment {
  const range = [
    days.from ? sql` AND day >= ${days.from}::date` : raw(""),
    days.before ? sql` AND day < ${days.before}::date` : raw(""),
  ]
  const where = sql`WHERE true${join(range, "")}${kindFilter(filters)}`
  return sql`SELECT day, type, entries, points FROM loyalty_entry_day ${where}
          UNION ALL
          SELECT day, type, entries, points FROM loyalty_entry_day_change ${where}`
}

const TOTALS_COLUMNS = sql`
  coalesce(sum(entries), 0)::bigint AS count,
       ${pointsByTypeColumns({ orZero: true })},
  coalesce(sum(points), 0)::bigint AS net`

/**
 * The count and point totals of the entries a filter on dates, types and
 * statuses selects, as a `GROUP BY` over the ledger would give them, from
 * the per-day summary.
 */
export async function sumEntries(
  manager: Manager,
  filters: EntrySummaryFilters
): Promise<EntryTotals> {
  const { days, partDays } = splitIntoDays(filters.from ?? null, filters.before ?? null)
  const sources: SqlFragment[] = []
  if (days) {
    sources.push(summaryRows(days, filters))
  }
  for (const part of partDays) {
    sources.push(
      sql`SELECT NULL::date AS day, type, 1::bigint AS entries, points::bigint AS points
         FROM loyalty_entry
        WHERE deleted_at IS NULL AND created_at >= ${part.from} AND created_at < ${part.before}${kindFilter(filters)}`
    )
  }
  const statement = sql`SELECT ${TOTALS_COLUMNS} FROM (${join(sources, " UNION ALL ")}) s`
  const [totals] = await runQuery<Record<string, unknown>>(manager, statement)
  return {
    count: Number(totals.count),
    ...pointsByTypeOf(totals),
    net: Number(totals.net),
  }
}

/**
 * Points per ISO week (Monday, UTC) and type, for every week from the week
 * of `from` to the week of `to`, empty weeks included, from the summary.
 * Only the days from `from`'s to `to`'s count: the first and last weeks of
 * a range that starts or ends mid-week are partial, so the chart agrees
 * with the report's totals for the same dates.
 */
export async function weeklyEntrySums(
  manager: Manager,
  input: { from: Date; to: Date; type?: string[]; status?: string[] }
): Promise<WeeklyEntrySums[]> {
  // The summary holds whole days: the chart counts the days of `from` and `to` whole.
  const days = { from: dayOf(input.from), before: dayOf(new Date(input.to.getTime() + DAY_MS)) }
  const statement = weeklyPointsQuery({
    from: input.from,
    to: input.to,
    source: sql`(${summaryRows(days, input)}) s`,
    utcTime: raw("day"),
  })
  const found = await runQuery<Record<string, unknown>>(manager, statement)
  return found.map(weeklyPointsOf)
}

// An arbitrary constant naming the fold's advisory lock.
const FOLD_LOCK = 7_310_452_001

/**
 * Moves the logged changes into the per-day rows, in one transaction: a
 * reader sees them in one table or the other, never both or neither.
 * Returns how many changes it folded; 0 when another fold is under way.
 */
export async function foldEntrySummaryChanges(manager: Manager): Promise<number> {
  const [{ locked }] = await rows<{ locked: boolean }>(
    manager,
    `SELECT pg_try_advisory_xact_lock(?) AS locked`,
    [FOLD_LOCK]
  )
  if (!locked) {
    return 0
  }
  const [{ folded }] = await rows<{ folded: string }>(
    manager,
    `WITH moved AS (
       DELETE FROM loyalty_entry_day_change RETURNING day, type, status, entries, points
     ),
     days AS (
       SELECT day, type, status, sum(entries) AS entries, sum(points) AS points, count(*) AS changes
         FROM moved GROUP BY 1, 2, 3
     ),
     added AS (
       INSERT INTO loyalty_entry_day AS d (day, type, status, entries, points)
       SELECT day, type, status, entries, points FROM days ORDER BY 1, 2, 3
       ON CONFLICT (day, type, status) DO UPDATE
         SET entries = d.entries + excluded.entries, points = d.points + excluded.points
     )
     SELECT coalesce(sum(changes), 0)::bigint AS folded FROM days`,
    []
  )
  // A status change empties its old (day, type, status): drop rows that say nothing.
  await manager.execute(`DELETE FROM loyalty_entry_day WHERE entries = 0 AND points = 0`)
  return Number(folded)
}

/**
 * Builds the summary again from the ledger (the migration's
 * `loyalty_entry_day_rebuild()`). Holds writes to the ledger back while it
 * runs (reads go on), so it matches the ledger at its commit.
 */
export async function rebuildEntrySummary(manager: Manager): Promise<number> {
  const [{ days }] = await rows<{ days: string }>(
    manager,
    `SELECT loyalty_entry_day_rebuild() AS days`,
    []
  )
  return Number(days)
}

/**
 * The rows where the summary and a `GROUP BY` over the ledger disagree
 * (none when the summary is right), for tests and an audit.
 */
export async function entrySummaryDifferences(manager: Manager) {
  return await rows<{
    day: string
    type: string
    status: string
    summary_entries: number
    ledger_entries: number
    summary_points: number
    ledger_points: number
  }>(
    manager,
    `WITH summary AS (
       SELECT day, type, status, sum(entries) AS entries, sum(points) AS points
         FROM (SELECT day, type, status, entries, points FROM loyalty_entry_day
               UNION ALL
               SELECT day, type, status, entries, points FROM loyalty_entry_day_change) s
        GROUP BY 1, 2, 3
       HAVING sum(entries) <> 0 OR sum(points) <> 0
     ),
     ledger AS (
       SELECT (created_at AT TIME ZONE 'UTC')::date AS day, type, status,
              count(*) AS entries, sum(points) AS points
         FROM loyalty_entry WHERE deleted_at IS NULL
        GROUP BY 1, 2, 3
     )
     SELECT to_char(coalesce(s.day, l.day), 'YYYY-MM-DD') AS day,
            coalesce(s.type, l.type) AS type, coalesce(s.status, l.status) AS status,
            coalesce(s.entries, 0)::bigint AS summary_entries,
            coalesce(l.entries, 0)::bigint AS ledger_entries,
            coalesce(s.points, 0)::bigint AS summary_points,
            coalesce(l.points, 0)::bigint AS ledger_points
       FROM summary s
       FULL JOIN ledger l ON l.day = s.day AND l.type = s.type AND l.status = s.status
      WHERE s.entries IS DISTINCT FROM l.entries OR s.points IS DISTINCT FROM l.points
      ORDER BY 1, 2, 3`,
    []
  )
}

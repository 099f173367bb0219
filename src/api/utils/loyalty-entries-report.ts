import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "../../utils/like-pattern"
import type { Writable } from "stream"
import { pipeline } from "stream/promises"
import { raw } from "../../lib/sql"
import { ExportCellKind, xlsxColumns } from "../../utils/export-cells"
import { csvTextCell, UTF8_BOM } from "./csv"
import { streamCopyExport } from "./export/copy-export"
import { exportBody, ExportFormat, ExportLayout } from "./export/export-format"
import { ListPosition, pageQuery, readPage } from "./list-cursor"
import { loyaltyService } from "../../workflows/loyalty/steps/resolve-service"
import { mondayOf, utcDay as dayOf, WeeklyEntrySums } from "../../modules/customer-loyalty/ledger"

// Read-only reports over the ledger, in SQL: the loyalty entries joined to
// their membership (member number) and to the customer they concern. The
// filters are bound parameters, never pasted into the statement.

export type EntriesReportFilters = {
  from?: Date | null
  /** Exclusive end. */
  before?: Date | null
  type?: string[]
  status?: string[]
  customer_id?: string
  /** Member number (prefix) or the customer's email or name (contains). */
  q?: string
}

type ReportRow = {
  id: string
  type: string
  points: number
  status: string
  available_at: Date | null
  expires_at: Date | null
  remaining: number
  source: string
  source_id: string | null
  actor: string | null
  description: string | null
  created_at: Date
  account_id: string
  member_number: string
  customer_id: string | null
  customer_email: string | null
  customer_first_name: string | null
  customer_last_name: string | null
}

const knexOf = (scope: MedusaContainer) =>
  scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** The customer search of `q`: email or "first last" contains it (the trigram indexes' form). */
const CUSTOMER_MATCH = `(c.email ILIKE ? OR (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) ILIKE ?)`

/** Past this many matching customers a search walks the ledger newest first. */
const NARROW_SEARCH = 500

/**
 * Decides how `q` is best looked up. A narrow search (a member number, an
 * email, a rare name) is resolved into the matching ids first and their
 * entries read by index; a broad one ("Karin": thousands of customers) walks
 * the ledger newest first, checking each entry's customer, and stops at the
 * page's end. PostgreSQL cannot tell the two apart before it runs the search,
 * so this counts the matches (up to NARROW_SEARCH + 1) once.
 */
async function planSearch(
  knex: Knex,
  filters: EntriesReportFilters
): Promise<PlannedFilters> {
  const q = filters.q?.trim()
  if (!q) {
    return filters
  }
  const matches = knex("customer as c")
    .whereRaw(CUSTOMER_MATCH, [`%${escapeLike(q)}%`, `%${escapeLike(q)}%`])
    .select(knex.raw("1"))
    .limit(NARROW_SEARCH + 1)
  const { count } = await knex.from(matches.as("m")).count({ count: "*" }).first()
  return { ...filters, broad_search: Number(count) > NARROW_SEARCH }
}

type PlannedFilters = EntriesReportFilters & { broad_search?: boolean }

/**
 * The filtered ledger, on `loyalty_entry` alone. A narrow `q` is resolved
 * inside the statement into arrays of account and customer ids
 * (`= ANY(ARRAY(...))` runs each lookup once), so the ledger side can use
 * its indexes; a broad one is a per-entry check (see planSearch). The name
 * is spelled as the trigram index on customer has it (concat_ws cannot be
 * indexed).
 */
function filteredEntries(knex: Knex, filters: PlannedFilters) {
  const query = knex("loyalty_entry as e").whereNull("e.deleted_at")
  if (filters.from) {
    query.where("e.created_at", ">=", filters.from)
  }
  if (filters.before) {
    query.where("e.created_at", "<", filters.before)
  }
  if (filters.type?.length) {
    query.whereIn("e.type", filters.type)
  }
  if (filters.status?.length) {
    query.whereIn("e.status", filters.status)
  }
  if (filters.customer_id) {
    query.where("e.customer_id", filters.customer_id)
  }
  const q = filters.q?.trim()
  if (q) {
    const contains = `%${escapeLike(q)}%`
    // A member number by its prefix, the merchant's identifier exactly:
    // each an index lookup.
    const members = knex.raw(
      `e.account_id = ANY(ARRAY(
         SELECT id FROM loyalty_account
          WHERE member_number LIKE ? AND deleted_at IS NULL
         UNION ALL
         SELECT id FROM loyalty_account
          WHERE identifier = ? AND deleted_at IS NULL))`,
      [`${escapeLike(q)}%`, q]
    )
    query.where((match) =>
      filters.broad_search
        ? match.whereRaw(members).orWhereExists(
            knex("customer as c")
              .select(knex.raw("1"))
              .whereRaw("c.id = e.customer_id")
              .whereRaw(CUSTOMER_MATCH, [contains, contains])
          )
        : match
            .whereRaw(members)
            .orWhereRaw(
              `e.customer_id = ANY(ARRAY(SELECT c.id FROM customer c WHERE ${CUSTOMER_MATCH}))`,
              [contains, contains]
            )
    )
  }
  return query
}

/** The statement of a report page, for EXPLAIN (bench/ledger/explain-report.ts). */
export const entriesReportPageQuery = async (
  knex: Knex,
  filters: EntriesReportFilters,
  position: ListPosition
) =>
  // Compiled here: a query builder is a thenable, so returning it from an
  // async function would run it.
  pageQuery(knex, filteredEntryRows(knex, await planSearch(knex, filters)), "e", position).toSQL()

/** The filtered entries with their member number and customer. */
function filteredEntryRows(knex: Knex, filters: PlannedFilters) {
  return filteredEntries(knex, filters)
    .join("loyalty_account as a", "a.id", "e.account_id")
    .leftJoin("customer as c", "c.id", "e.customer_id")
    .select(REPORT_COLUMNS)
}

const REPORT_COLUMNS = [
  "e.id",
  "e.type",
  "e.points",
  "e.status",
  "e.available_at",
  "e.expires_at",
  "e.remaining",
  "e.source",
  "e.source_id",
  "e.actor",
  "e.description",
  "e.created_at",
  "e.account_id",
  "a.member_number",
  "e.customer_id",
  "c.email as customer_email",
  "c.first_name as customer_first_name",
  "c.last_name as customer_last_name",
]

const newestFirst = [
  { column: "e.created_at", order: "desc" as const },
  { column: "e.id", order: "desc" as const },
]

function formatReportRow(row: ReportRow) {
  const {
    customer_email,
    customer_first_name,
    customer_last_name,
    ...entry
  } = row
  return {
    ...entry,
    customer: row.customer_id
      ? {
          id: row.customer_id,
          email: customer_email,
          first_name: customer_first_name,
          last_name: customer_last_name,
        }
      : null,
  }
}

/** Sums as in the ledger: earned is positive, redeemed and expired negative. */
const TOTALS = (knex: Knex) => [
  knex.raw("count(*)::integer AS count"),
  knex.raw("coalesce(sum(e.points) FILTER (WHERE e.type = 'earn'), 0)::bigint AS earned"),
  knex.raw("coalesce(sum(e.points) FILTER (WHERE e.type = 'redeem'), 0)::bigint AS redeemed"),
  knex.raw("coalesce(sum(e.points) FILTER (WHERE e.type = 'adjust'), 0)::bigint AS adjusted"),
  knex.raw("coalesce(sum(e.points) FILTER (WHERE e.type = 'expire'), 0)::bigint AS expired"),
  knex.raw("coalesce(sum(e.points) FILTER (WHERE e.type = 'reverse'), 0)::bigint AS reversed"),
  knex.raw("coalesce(sum(e.points), 0)::bigint AS net"),
]

/** Past this many entries a filter on members is not counted exactly. */
export const MAX_COUNTED_ENTRIES = 10_000

export type EntriesTotals = {
  count: number
  /** True when more than `count` entries match: the totals are then left out. */
  count_capped: boolean
  totals: {
    earned: number
    redeemed: number
    adjusted: number
    expired: number
    reversed: number
    net: number
  } | null
}

/** A filter on who (a customer, a search) that the per-day summary cannot answer. */
const filtersMembers = (filters: EntriesReportFilters) =>
  !!filters.customer_id || !!filters.q?.trim()

/**
 * The count and totals of a filter. On dates, types and statuses they come
 * from the per-day summary, whatever the ledger's size. A filter on members
 * reads their entries, up to MAX_COUNTED_ENTRIES: past that the count says
 * "more than" and the totals are left out.
 */
export async function entriesTotals(
  scope: MedusaContainer,
  filters: EntriesReportFilters
): Promise<EntriesTotals> {
  if (!filtersMembers(filters)) {
    const { count, ...totals } = await loyaltyService(scope).sumLoyaltyEntries({
      from: filters.from,
      before: filters.before,
      type: filters.type,
      status: filters.status,
    })
    return { count, count_capped: false, totals }
  }
  const knex = knexOf(scope)
  const firstEntries = filteredEntries(knex, await planSearch(knex, filters))
    .select("e.type", "e.points")
    .limit(MAX_COUNTED_ENTRIES + 1)
  const sums = await knex
    .from(firstEntries.as("e"))
    .select(TOTALS(knex))
    .first()
  if (Number(sums.count) > MAX_COUNTED_ENTRIES) {
    return { count: MAX_COUNTED_ENTRIES, count_capped: true, totals: null }
  }
  return {
    count: Number(sums.count),
    count_capped: false,
    totals: {
      earned: Number(sums.earned),
      redeemed: Number(sums.redeemed),
      adjusted: Number(sums.adjusted),
      expired: Number(sums.expired),
      reversed: Number(sums.reversed),
      net: Number(sums.net),
    },
  }
}

/**
 * A page of entries, newest first, with the cursor to the next page, and
 * the count and totals over the whole filter unless left out.
 */
export async function listEntriesReport(
  scope: MedusaContainer,
  filters: EntriesReportFilters,
  position: ListPosition,
  { withTotals = true }: { withTotals?: boolean } = {}
) {
  const knex = knexOf(scope)
  const [page, totals] = await Promise.all([
    readPage<ReportRow>(knex, filteredEntryRows(knex, await planSearch(knex, filters)), "e", position),
    withTotals ? entriesTotals(scope, filters) : null,
  ])
  const entries = page.rows.map(formatReportRow)
  return { entries, next_cursor: page.next_cursor, ...totals }
}

// The export's columns. For CSV, PostgreSQL writes each row as one
// finished line in the format of ./csv.ts (text quoted and
// formula-escaped, numbers bare, null empty); for Excel, each cell's value
// (utils/export-cells.ts). The server only passes them on.
const ENTRY_COLUMNS: { header: string; value: string; kind: ExportCellKind }[] = [
  { header: "created_at", value: "e.created_at", kind: "date" },
  { header: "entry_id", value: "e.id", kind: "text" },
  { header: "member_number", value: "a.member_number", kind: "text" },
  { header: "customer_id", value: "e.customer_id", kind: "text" },
  { header: "customer_email", value: "c.email", kind: "text" },
  { header: "customer_first_name", value: "c.first_name", kind: "text" },
  { header: "customer_last_name", value: "c.last_name", kind: "text" },
  { header: "type", value: "e.type", kind: "text" },
  { header: "status", value: "e.status", kind: "text" },
  { header: "points", value: "e.points", kind: "number" },
  { header: "remaining", value: "e.remaining", kind: "number" },
  { header: "available_at", value: "e.available_at", kind: "date" },
  { header: "expires_at", value: "e.expires_at", kind: "date" },
  { header: "source", value: "e.source", kind: "text" },
  { header: "source_id", value: "e.source_id", kind: "text" },
  { header: "description", value: "e.description", kind: "text" },
  { header: "actor", value: "e.actor", kind: "text" },
]

const textCell = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN '' ELSE '"' || replace(
     CASE WHEN left(${column}::text, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r')
          THEN '''' || ${column}::text ELSE ${column}::text END,
     '"', '""') || '"' END`
const numberCell = (column: string) => `coalesce(${column}::text, '')`
const dateCell = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN '' ELSE '"' || to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"' END`
const CSV_CELL: Record<ExportCellKind, (column: string) => string> = {
  text: textCell,
  number: numberCell,
  boolean: numberCell,
  date: dateCell,
}

const CSV_LINE = `concat_ws(',', ${ENTRY_COLUMNS.map((column) => CSV_CELL[column.kind](column.value)).join(", ")}) AS line`
const XLSX_COLUMNS = xlsxColumns(
  ENTRY_COLUMNS.map((column) => ({ ...column, value: raw(column.value) }))
)

const ENTRIES_LAYOUT: ExportLayout = {
  csvHead: UTF8_BOM + ENTRY_COLUMNS.map((column) => csvTextCell(column.header)).join(",") + "\r\n",
  sheetName: "Points",
  columns: ENTRY_COLUMNS,
}

/**
 * How PostgreSQL plans the export. COPY plans to return every row, so it
 * would rather read the whole ledger and sort it than walk an index in the
 * report's order: the client then waits for the sort before the first
 * byte (15 s at a million entries, spilled to disk) — long enough for a
 * proxy to give up. Walking `(created_at, id)` (or a filter's index that
 * ends in it) streams from the first row, so sorting is ruled out, except
 * for a search, whose few matching entries are best found first and then
 * sorted. JIT compiling costs more than it saves here.
 */
function exportSettings(filters: EntriesReportFilters) {
  return filters.q?.trim()
    ? ["SET LOCAL jit = off"]
    : ["SET LOCAL jit = off", "SET LOCAL enable_sort = off"]
}

/**
 * Writes the filtered entries, newest first, to the response as CSV or
 * Excel while PostgreSQL reads them (one COPY, see export/copy-export.ts).
 */
export async function streamEntriesExport(
  scope: MedusaContainer,
  filters: EntriesReportFilters,
  format: ExportFormat,
  res: Writable
) {
  const knex = knexOf(scope)
  const select =
    format === "csv" ? knex.raw(CSV_LINE) : knex.raw(XLSX_COLUMNS.text, XLSX_COLUMNS.params as any[])
  const { sql, bindings } = filteredEntries(knex, await planSearch(knex, filters))
    .join("loyalty_account as a", "a.id", "e.account_id")
    .leftJoin("customer as c", "c.id", "e.customer_id")
    .select(select)
    .orderBy(newestFirst)
    .toSQL()
  await streamCopyExport(
    knex,
    { label: "loyalty_entries_export", sql, bindings, settings: exportSettings(filters) },
    (data) => pipeline(data, exportBody(format, ENTRIES_LAYOUT), res)
  )
}

export type WeeklyPoints = WeeklyEntrySums

/**
 * Points earned, redeemed, adjusted, expired and reversed per ISO week
 * (Monday, UTC) from the week of `from` to the week of `to`, every week
 * present even when empty. Filters on dates, types and statuses read the
 * per-day summary; a filter on members reads their entries.
 */
export async function weeklyPoints(
  scope: MedusaContainer,
  from: Date,
  to: Date,
  filters: Omit<EntriesReportFilters, "from" | "before"> = {}
): Promise<WeeklyPoints[]> {
  if (!filtersMembers(filters)) {
    return await loyaltyService(scope).sumLoyaltyEntriesByWeek({
      from,
      to,
      type: filters.type,
      status: filters.status,
    })
  }
  const knex = knexOf(scope)
  const firstMonday = mondayOf(from)
  const afterLastWeek = new Date(mondayOf(to).getTime() + WEEK_MS)
  const planned = await planSearch(knex, filters)
  const sums = filteredEntries(knex, { ...planned, from: firstMonday, before: afterLastWeek })
    .select(
      knex.raw("date_trunc('week', e.created_at AT TIME ZONE 'UTC')::date AS week_start"),
      knex.raw("sum(e.points) FILTER (WHERE e.type = 'earn') AS earned"),
      knex.raw("sum(e.points) FILTER (WHERE e.type = 'redeem') AS redeemed"),
      knex.raw("sum(e.points) FILTER (WHERE e.type = 'adjust') AS adjusted"),
      knex.raw("sum(e.points) FILTER (WHERE e.type = 'expire') AS expired"),
      knex.raw("sum(e.points) FILTER (WHERE e.type = 'reverse') AS reversed")
    )
    .groupBy(1)
  const { rows } = await knex.raw(
    `WITH weeks AS (
       SELECT generate_series(?::date, ?::date, interval '1 week')::date AS week_start
     )
     SELECT to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
            coalesce(s.earned, 0)::bigint AS earned,
            coalesce(s.redeemed, 0)::bigint AS redeemed,
            coalesce(s.adjusted, 0)::bigint AS adjusted,
            coalesce(s.expired, 0)::bigint AS expired,
            coalesce(s.reversed, 0)::bigint AS reversed
       FROM weeks w
       LEFT JOIN (?) s ON s.week_start = w.week_start
      ORDER BY w.week_start`,
    [dayOf(firstMonday), dayOf(mondayOf(to)), sums]
  )
  return rows.map((row: Record<string, string>) => ({
    week_start: row.week_start,
    earned: Number(row.earned),
    redeemed: Number(row.redeemed),
    adjusted: Number(row.adjusted),
    expired: Number(row.expired),
    reversed: Number(row.reversed),
  }))
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

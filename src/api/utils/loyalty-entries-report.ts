import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "../../utils/like-pattern"
import type { Writable } from "stream"
import { pipeline } from "stream/promises"
import { raw } from "../../segments/sql"
import { ExportCellKind, xlsxColumns } from "../../utils/export-cells"
import { csvTextCell, UTF8_BOM } from "./csv"
import { streamCopyExport } from "./export/copy-export"
import { exportBody, ExportFormat, ExportLayout } from "./export/export-format"
import { ListPosition, readPage } from "./list-cursor"

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

/**
 * The filtered ledger, on `loyalty_entry` alone. `q` is resolved inside the
 * statement into arrays of account and customer ids (`= ANY(ARRAY(...))`
 * runs each lookup once), so the ledger side can use its indexes. The
 * name is spelled as the trigram index on customer has it (concat_ws cannot
 * be indexed).
 */
function filteredEntries(knex: Knex, filters: EntriesReportFilters) {
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
    query.where((match) =>
      match
        .whereRaw(
          `e.account_id = ANY(ARRAY(
             SELECT id FROM loyalty_account
              WHERE member_number LIKE ? AND deleted_at IS NULL))`,
          [`${escapeLike(q)}%`]
        )
        .orWhereRaw(
          `e.customer_id = ANY(ARRAY(
             SELECT id FROM customer
              WHERE email ILIKE ?
                 OR (coalesce(first_name, '') || ' ' || coalesce(last_name, '')) ILIKE ?))`,
          [contains, contains]
        )
    )
  }
  return query
}

/** The filtered entries with their member number and customer. */
function filteredEntryRows(knex: Knex, filters: EntriesReportFilters) {
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
  const [page, sums] = await Promise.all([
    readPage<ReportRow>(knex, filteredEntryRows(knex, filters), "e", position),
    withTotals ? filteredEntries(knex, filters).select(TOTALS(knex)).first() : null,
  ])
  const entries = page.rows.map(formatReportRow)
  if (!sums) {
    return { entries, next_cursor: page.next_cursor }
  }
  return {
    entries,
    next_cursor: page.next_cursor,
    count: Number(sums.count),
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
  const { sql, bindings } = filteredEntries(knex, filters)
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

export type WeeklyPoints = {
  week_start: string
  earned: number
  redeemed: number
  expired: number
}

/**
 * Points earned, redeemed and expired per ISO week (Monday, UTC) from the
 * week of `from` to the week of `to`, every week present even when empty.
 */
export async function weeklyPoints(
  scope: MedusaContainer,
  from: Date,
  to: Date
): Promise<WeeklyPoints[]> {
  const knex = knexOf(scope)
  const { rows } = await knex.raw(
    `WITH weeks AS (
       SELECT generate_series(
                date_trunc('week', ?::timestamptz AT TIME ZONE 'UTC'),
                date_trunc('week', ?::timestamptz AT TIME ZONE 'UTC'),
                interval '1 week') AS week_start
     ),
     sums AS (
       SELECT date_trunc('week', created_at AT TIME ZONE 'UTC') AS week_start,
              sum(points) FILTER (WHERE type = 'earn') AS earned,
              sum(points) FILTER (WHERE type = 'redeem') AS redeemed,
              sum(points) FILTER (WHERE type = 'expire') AS expired
         FROM loyalty_entry
        WHERE deleted_at IS NULL
          AND created_at >= date_trunc('week', ?::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
          AND created_at < (date_trunc('week', ?::timestamptz AT TIME ZONE 'UTC') + interval '1 week') AT TIME ZONE 'UTC'
        GROUP BY 1
     )
     SELECT to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
            coalesce(s.earned, 0)::bigint AS earned,
            coalesce(s.redeemed, 0)::bigint AS redeemed,
            coalesce(s.expired, 0)::bigint AS expired
       FROM weeks w
       LEFT JOIN sums s ON s.week_start = w.week_start
      ORDER BY w.week_start`,
    [from, to, from, to]
  )
  return rows.map((row: Record<string, string>) => ({
    week_start: row.week_start,
    earned: Number(row.earned),
    redeemed: Number(row.redeemed),
    expired: Number(row.expired),
  }))
}

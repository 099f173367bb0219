import type { MedusaContainer } from "@medusajs/framework/types"
import type { Writable } from "stream"
import { pipeline } from "stream/promises"
import { csvHeader, csvLine, UTF8_BOM } from "../../lib/csv"
import { list, raw, sql, SqlFragment, whereAll } from "../../lib/sql"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import {
  pointsByTypeColumns,
  pointsByTypeOf,
  WeeklyEntrySums,
  weeklyPointsOf,
  weeklyPointsQuery,
} from "../../modules/customer-loyalty/ledger"
import type {
  LoyaltyEntrySource,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
} from "../../modules/customer-loyalty/constants"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import type { AdminLoyaltyReportEntry, Served } from "../../types/http"
import { ExportCellKind, xlsxColumns } from "../../utils/export-cells"
import { escapeLike } from "../../utils/like-pattern"
import { customerMatches, isNarrowCustomerSearch } from "./customer-search"
import { exportBody, ExportFormat, ExportLayout } from "./export/export-format"
import { ListPosition, PagedSelect, pageQuery, readPage } from "./list-cursor"

// Read-only reports over the ledger, in SQL: the loyalty entries joined to
// their membership (member number) and to the customer they concern. The
// filters are parameters (`?`), never pasted into the statement's text.

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
  type: LoyaltyEntryType
  points: number
  status: LoyaltyEntryStatus
  available_at: Date | null
  expires_at: Date | null
  remaining: number
  source: LoyaltyEntrySource
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

const loyaltyOf = (scope: MedusaContainer) =>
  scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

/**
 * Decides how `q` is best looked up (see isNarrowCustomerSearch): a narrow
 * search reads the matching customers' entries by index, a broad one walks
 * the ledger newest first. Deleted customers count: their entries stay.
 */
async function planSearch(
  loyalty: CustomerLoyaltyModuleService,
  filters: EntriesReportFilters
): Promise<PlannedFilters> {
  const q = filters.q?.trim()
  if (!q) {
    return filters
  }
  return {
    ...filters,
    broad_search: !(await isNarrowCustomerSearch(loyalty, q, { deleted: true })),
  }
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
function filteredEntries(filters: PlannedFilters): SqlFragment[] {
  const conditions = [raw("e.deleted_at IS NULL")]
  if (filters.from) {
    conditions.push(sql`e.created_at >= ${filters.from}`)
  }
  if (filters.before) {
    conditions.push(sql`e.created_at < ${filters.before}`)
  }
  if (filters.type?.length) {
    conditions.push(sql`e.type IN (${list(filters.type)})`)
  }
  if (filters.status?.length) {
    conditions.push(sql`e.status IN (${list(filters.status)})`)
  }
  if (filters.customer_id) {
    conditions.push(sql`e.customer_id = ${filters.customer_id}`)
  }
  const q = filters.q?.trim()
  if (q) {
    // A member number by its prefix, the merchant's identifier exactly:
    // each an index lookup.
    const members = sql`e.account_id = ANY(ARRAY(
         SELECT id FROM loyalty_account
          WHERE member_number LIKE ${`${escapeLike(q)}%`} AND deleted_at IS NULL
         UNION ALL
         SELECT id FROM loyalty_account
          WHERE identifier = ${q} AND deleted_at IS NULL))`
    const customers = filters.broad_search
      ? sql`EXISTS (SELECT 1 FROM customer c WHERE c.id = e.customer_id AND ${customerMatches(q)})`
      : sql`e.customer_id = ANY(ARRAY(SELECT c.id FROM customer c WHERE ${customerMatches(q)}))`
    conditions.push(sql`(${members} OR ${customers})`)
  }
  return conditions
}

/** The ledger's table with the member number's and the customer's. */
const ENTRY_JOINS = raw(`loyalty_entry e
  JOIN loyalty_account a ON a.id = e.account_id
  LEFT JOIN customer c ON c.id = e.customer_id`)

/** The statement of a report page, for EXPLAIN (bench/ledger/explain-report.ts). */
export const entriesReportPageQuery = async (
  scope: MedusaContainer,
  filters: EntriesReportFilters,
  position: ListPosition
) => pageQuery(filteredEntryRows(await planSearch(loyaltyOf(scope), filters)), "e", position)

/** The filtered entries with their member number and customer. */
const filteredEntryRows = (filters: PlannedFilters): PagedSelect => ({
  columns: REPORT_COLUMNS,
  from: ENTRY_JOINS,
  where: filteredEntries(filters),
})

const REPORT_COLUMNS = raw(`e.id, e.type, e.points, e.status, e.available_at, e.expires_at,
       e.remaining, e.source, e.source_id, e.actor, e.description, e.created_at,
       e.account_id, a.member_number, e.customer_id,
       c.email AS customer_email, c.first_name AS customer_first_name,
       c.last_name AS customer_last_name`)

function formatReportRow(row: ReportRow): Served<AdminLoyaltyReportEntry> {
  const { customer_email, customer_first_name, customer_last_name, ...entry } = row
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
const TOTALS = sql`count(*)::integer AS count,
       ${pointsByTypeColumns({ table: "e", orZero: true })},
       coalesce(sum(e.points), 0)::bigint AS net`

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
  const loyalty = loyaltyOf(scope)
  if (!filtersMembers(filters)) {
    const { count, ...totals } = await loyalty.sumLoyaltyEntries({
      from: filters.from,
      before: filters.before,
      type: filters.type,
      status: filters.status,
    })
    return { count, count_capped: false, totals }
  }
  const firstEntries = sql`SELECT e.type, e.points
      FROM loyalty_entry e${whereAll(filteredEntries(await planSearch(loyalty, filters)))}
     LIMIT ${MAX_COUNTED_ENTRIES + 1}`
  const [sums] = await loyalty.runQuery(sql`SELECT ${TOTALS}
  FROM (${firstEntries}) e`)
  if (Number(sums.count) > MAX_COUNTED_ENTRIES) {
    return { count: MAX_COUNTED_ENTRIES, count_capped: true, totals: null }
  }
  return {
    count: Number(sums.count),
    count_capped: false,
    totals: { ...pointsByTypeOf(sums), net: Number(sums.net) },
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
  const loyalty = loyaltyOf(scope)
  const [page, totals] = await Promise.all([
    readPage<ReportRow>(
      loyalty,
      filteredEntryRows(await planSearch(loyalty, filters)),
      "e",
      position
    ),
    withTotals ? entriesTotals(scope, filters) : null,
  ])
  const entries = page.rows.map(formatReportRow)
  return { entries, next_cursor: page.next_cursor, ...totals }
}

// The export's columns. For CSV, PostgreSQL writes each row as one
// finished line (lib/csv.ts: text quoted and formula-escaped, numbers bare,
// null empty); for Excel, each cell's value (utils/export-cells.ts). The
// server only passes them on.
const ENTRY_COLUMNS: { header: string; value: SqlFragment; kind: ExportCellKind }[] = [
  { header: "created_at", value: raw("e.created_at"), kind: "date" },
  { header: "entry_id", value: raw("e.id"), kind: "text" },
  { header: "member_number", value: raw("a.member_number"), kind: "text" },
  { header: "customer_id", value: raw("e.customer_id"), kind: "text" },
  { header: "customer_email", value: raw("c.email"), kind: "text" },
  { header: "customer_first_name", value: raw("c.first_name"), kind: "text" },
  { header: "customer_last_name", value: raw("c.last_name"), kind: "text" },
  { header: "type", value: raw("e.type"), kind: "text" },
  { header: "status", value: raw("e.status"), kind: "text" },
  { header: "points", value: raw("e.points"), kind: "number" },
  { header: "remaining", value: raw("e.remaining"), kind: "number" },
  { header: "available_at", value: raw("e.available_at"), kind: "date" },
  { header: "expires_at", value: raw("e.expires_at"), kind: "date" },
  { header: "source", value: raw("e.source"), kind: "text" },
  { header: "source_id", value: raw("e.source_id"), kind: "text" },
  { header: "description", value: raw("e.description"), kind: "text" },
  { header: "actor", value: raw("e.actor"), kind: "text" },
]

const ENTRIES_LAYOUT: ExportLayout = {
  csvHead: UTF8_BOM + csvHeader(ENTRY_COLUMNS.map((column) => column.header)) + "\r\n",
  sheetName: "Points",
  columns: ENTRY_COLUMNS.map(({ header, kind }) => ({ header, kind })),
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
 * Excel while PostgreSQL reads them (one COPY, run by the loyalty module's
 * `streamCopy`).
 */
export async function streamEntriesExport(
  scope: MedusaContainer,
  filters: EntriesReportFilters,
  format: ExportFormat,
  res: Writable
) {
  const loyalty = loyaltyOf(scope)
  const select = format === "csv" ? csvLine(ENTRY_COLUMNS, "plain") : xlsxColumns(ENTRY_COLUMNS)
  const statement = sql`SELECT ${select}
  FROM ${ENTRY_JOINS}${whereAll(filteredEntries(await planSearch(loyalty, filters)))}
 ORDER BY e.created_at DESC, e.id DESC`
  await loyalty.streamCopy(
    { label: "loyalty_entries_export", ...statement, settings: exportSettings(filters) },
    (data) => pipeline(data, exportBody(format, ENTRIES_LAYOUT), res)
  )
}

export type WeeklyPoints = WeeklyEntrySums

/**
 * Points earned, redeemed, adjusted, expired and reversed per ISO week
 * (Monday, UTC) from the week of `from` to the week of `to`, every week
 * present even when empty, counting only what falls between `from` and
 * `to` (a range starting mid-week has a partial first week). Filters on
 * dates, types and statuses read the per-day summary (whole days); a
 * filter on members reads their entries.
 */
export async function weeklyPoints(
  scope: MedusaContainer,
  from: Date,
  to: Date,
  filters: Omit<EntriesReportFilters, "from" | "before"> = {}
): Promise<WeeklyPoints[]> {
  const loyalty = loyaltyOf(scope)
  if (!filtersMembers(filters)) {
    return await loyalty.sumLoyaltyEntriesByWeek({
      from,
      to,
      type: filters.type,
      status: filters.status,
    })
  }
  const planned = await planSearch(loyalty, filters)
  // Members' entries are read at the instant: from `from` to `to`, inclusive.
  const range = { ...planned, from, before: new Date(to.getTime() + 1) }
  const rows = await loyalty.runQuery<Record<string, unknown>>(
    weeklyPointsQuery({
      from,
      to,
      source: sql`loyalty_entry e${whereAll(filteredEntries(range))}`,
      table: "e",
      utcTime: raw("e.created_at AT TIME ZONE 'UTC'"),
    })
  )
  return rows.map(weeklyPointsOf)
}

import { join, raw, sql, SqlFragment, textArray } from "../lib/sql"
import { csvHeader, csvLine } from "../lib/csv"
import { ExportColumn, xlsxColumns } from "../utils/export-cells"
import {
  CustomerOverviewFilters,
  CustomerOverviewOptions,
  OverviewOrder,
  OverviewOrderField,
} from "./types"
import type { ExportFormat } from "../utils/export-formats"
import { escapeLike } from "../utils/like-pattern"

// The customer overview: Medusa's customers with the plugin's figures
// beside them — sales per currency (customer_sales_stats, kept as orders
// change), B2B company, active flags, loyalty points and tier. A page is
// one statement (with its count, or a count statement beside it), the
// export one more; filters are key lookups, semi-joins or conditions on
// those joins, never a query per customer. Values are always parameters.

/** Which of the side tables a statement joins (aliases `s`, `b`, `la`). */
type Joins = { stats: boolean; business: boolean; loyalty: boolean }

/** The sort keys of each order, nullable ones last in either direction. */
const SORT_KEYS: Record<OverviewOrderField, { expressions: string[]; joins: Partial<Joins> }> = {
  name: { expressions: ["lower(c.first_name)", "lower(c.last_name)"], joins: {} },
  email: { expressions: ["lower(c.email)"], joins: {} },
  company: { expressions: ["lower(b.company)"], joins: { business: true } },
  sales_total: { expressions: ["COALESCE(s.sales_total, 0)"], joins: { stats: true } },
  order_count: { expressions: ["COALESCE(s.order_count, 0)"], joins: { stats: true } },
  last_order_at: { expressions: ["s.last_order_at"], joins: { stats: true } },
  points: { expressions: ["la.points_available"], joins: { loyalty: true } },
  tier: { expressions: ["la.tier_rank"], joins: { loyalty: true } },
  created_at: { expressions: ["c.created_at"], joins: {} },
}

/** The words of a search, at most 5 (more narrow nothing a person types). */
export const searchWords = (q: string | undefined): string[] =>
  (q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5)

/** A flag assignment (`fa`) in force at `now`, of a flag not deleted. */
const activeAssignment = (now: Date) => sql`fa.removed_at IS NULL
         AND fa.deleted_at IS NULL
         AND (fa.expires_at IS NULL OR fa.expires_at > ${now}::timestamptz)`

function sideJoins(joins: Joins, currencyCode: string | null): SqlFragment {
  const parts: SqlFragment[] = []
  if (joins.stats) {
    parts.push(sql`
  LEFT JOIN customer_sales_stats s
         ON s.customer_id = c.id AND s.currency_code = ${currencyCode}::text AND s.deleted_at IS NULL`)
  }
  if (joins.business) {
    parts.push(
      raw(`
  LEFT JOIN customer_business_profile b
         ON b.customer_id = c.id AND b.deleted_at IS NULL`)
    )
  }
  if (joins.loyalty) {
    // A customer is in at most one membership (unique member per customer).
    parts.push(
      raw(`
  LEFT JOIN (
    SELECT lm.customer_id, a.member_number, a.points_available, a.points_pending,
           t.id AS tier_id, t.name AS tier_name, t.rank AS tier_rank
      FROM loyalty_account_member lm
      JOIN loyalty_account a ON a.id = lm.account_id AND a.deleted_at IS NULL
      LEFT JOIN loyalty_tier t ON t.id = a.tier_id AND t.deleted_at IS NULL
     WHERE lm.deleted_at IS NULL
  ) la ON la.customer_id = c.id`)
    )
  }
  return join(parts, "")
}

/** The joins the filters need, beside those of the order. */
function filterJoins(filters: CustomerOverviewFilters): Partial<Joins> {
  return {
    stats: filters.sales_min !== undefined || filters.sales_max !== undefined,
    business: searchWords(filters.q).length > 0,
  }
}

/**
 * The filters' conditions on `c` (and `b` for a search, and the sales
 * amount `sales`: by default the joined figures `s`, none meaning 0).
 */
function where(
  filters: CustomerOverviewFilters,
  options: CustomerOverviewOptions,
  sales: SqlFragment = raw("COALESCE(s.sales_total, 0)")
): SqlFragment {
  const conditions: SqlFragment[] = [raw("c.deleted_at IS NULL")]
  // The first set of customers (flag, segment or tier) is read once into an
  // array that PostgreSQL looks the customers up by (their primary key),
  // rather than scanning every customer to semi-join it (2.5–4 times
  // faster at 100,000 customers); further sets are semi-joins, since a
  // second array would be searched element by element for every row.
  let driving = true
  const among = (customers: SqlFragment) => {
    const condition = driving ? sql`c.id = ANY(ARRAY(${customers}))` : sql`c.id IN (${customers})`
    driving = false
    return condition
  }
  for (const word of searchWords(filters.q)) {
    // lower() … LIKE lower(…): the same match as ILIKE, about twice as
    // fast in a UTF-8 database, over every customer.
    conditions.push(
      sql`lower(concat_ws(' ', c.first_name, c.last_name, c.email, b.company)) LIKE lower(${`%${escapeLike(word)}%`})`
    )
  }
  if (filters.flag_ids?.length) {
    conditions.push(
      among(sql`
      SELECT fa.customer_id
        FROM customer_flag_assignment fa
        JOIN customer_flag f ON f.id = fa.flag_id AND f.deleted_at IS NULL
       WHERE fa.flag_id = ANY(${textArray(filters.flag_ids)})
         AND ${activeAssignment(options.now)}`)
    )
  }
  if (filters.segment_id) {
    conditions.push(
      among(sql`
      SELECT sm.customer_id
        FROM customer_segment_membership sm
        JOIN customer_segment sg ON sg.id = sm.segment_id AND sg.deleted_at IS NULL
       WHERE sm.segment_id = ${filters.segment_id}
         AND sm.left_at IS NULL
         AND sm.deleted_at IS NULL`)
    )
  }
  if (filters.tier_id) {
    conditions.push(
      among(sql`
      SELECT lm.customer_id
        FROM loyalty_account a
        JOIN loyalty_account_member lm ON lm.account_id = a.id AND lm.deleted_at IS NULL
       WHERE a.tier_id = ${filters.tier_id}
         AND a.deleted_at IS NULL`)
    )
  }
  if (filters.has_account !== undefined) {
    conditions.push(sql`c.has_account = ${filters.has_account}`)
  }
  if (filters.sales_min !== undefined) {
    conditions.push(sql`${sales} >= ${filters.sales_min}::numeric`)
  }
  if (filters.sales_max !== undefined) {
    conditions.push(sql`${sales} <= ${filters.sales_max}::numeric`)
  }
  return join(conditions, "\n   AND ")
}

const merge = (...sets: Partial<Joins>[]): Joins => ({
  stats: sets.some((set) => set.stats),
  business: sets.some((set) => set.business),
  loyalty: sets.some((set) => set.loyalty),
})

/** `ORDER BY` items for `keys` sort keys (as `key` names them) and the id, all one way. */
function orderBy(order: OverviewOrder, keys: number, key: (index: number) => string, id: string) {
  const direction = order.descending ? "DESC" : "ASC"
  const items = Array.from({ length: keys }, (_, i) => `${key(i + 1)} ${direction} NULLS LAST`)
  // The id settles ties, so pages never overlap or skip.
  return raw([...items, `${id} ${direction}`].join(", "))
}

/** Consent is the customer metadata key set to `true`, as segments read it. */
const marketingConsent = (options: CustomerOverviewOptions) =>
  sql`COALESCE(c.metadata -> ${options.marketing_consent_key}::text = 'true'::jsonb, false)`

/** The columns every overview row has, from `c` and the three side joins. */
function rowColumns(filters: CustomerOverviewFilters, options: CustomerOverviewOptions) {
  return sql`c.id,
       c.email,
       c.first_name,
       c.last_name,
       b.company,
       ${filters.currency_code}::text AS currency_code,
       COALESCE(s.sales_total, 0) AS sales_total,
       COALESCE(s.order_count, 0) AS order_count,
       s.last_order_at,
       la.points_available,
       la.tier_id,
       la.tier_name,
       c.has_account,
       ${marketingConsent(options)} AS marketing_consent,
       c.created_at`
}

/**
 * Whether the filters pick out a few customers, better found first and
 * sorted after than looked for while walking every customer in order of
 * sales (a search, a flag, a segment or a tier).
 */
const narrowsFirst = (filters: CustomerOverviewFilters) =>
  searchWords(filters.q).length > 0 ||
  !!filters.flag_ids?.length ||
  !!filters.segment_id ||
  !!filters.tier_id

/**
 * Whether the page's rows carry the count (`total_count`): with a narrowing
 * filter, the few matching customers are all read anyway, and counting
 * them there saves a second pass over every customer. Without one, a
 * window count would make PostgreSQL sort every customer in full (on
 * disk, at 100,000) to hand out a page: the count is then a statement of
 * its own (`customerOverviewCountQuery`), run beside the page. So is it
 * when the page is past the end and has no row to carry the count.
 */
export const pageCarriesCount = (filters: CustomerOverviewFilters, _order: OverviewOrder) =>
  narrowsFirst(filters)

/** The matching customers' ids and sort keys (`sort_1`…), for one page. */
function matchedPage(
  filters: CustomerOverviewFilters,
  order: OverviewOrder,
  page: { limit: number; offset: number },
  options: CustomerOverviewOptions
): { matched: SqlFragment; keys: number } {
  if (order.field === "sales_total" && !narrowsFirst(filters)) {
    return { matched: matchedBySales(filters, order, page, options), keys: 2 }
  }
  const joins = merge(filterJoins(filters), SORT_KEYS[order.field].joins)
  const expressions = SORT_KEYS[order.field].expressions
  const sortColumns = expressions.map((expression, index) => `${expression} AS sort_${index + 1}`)
  if (pageCarriesCount(filters, order)) {
    sortColumns.push("count(*) OVER () AS total_count")
  }
  return {
    matched: sql`SELECT c.id, ${raw(sortColumns.join(", "))}
    FROM customer c${sideJoins(joins, filters.currency_code)}
   WHERE ${where(filters, options)}
   ORDER BY ${orderBy(order, expressions.length, (index) => `sort_${index}`, "c.id")}
   LIMIT ${page.limit} OFFSET ${page.offset}`,
    keys: expressions.length,
  }
}

/**
 * Sorted by sales, in three parts that each read the fewest rows: the
 * customers with a positive total (`sort_1` = 3) from the index on the
 * figures, (currency_code, sales_total), walked from the top (or bottom);
 * those at 0 — no figures in the currency, or a total of 0 — in id order
 * (2); a negative total (1). Each part stops after `offset + limit` rows,
 * so the first page reads about a page of rows instead of sorting every
 * customer; what is left to sort is at most three times that.
 */
function matchedBySales(
  filters: CustomerOverviewFilters,
  order: OverviewOrder,
  page: { limit: number; offset: number },
  options: CustomerOverviewOptions
): SqlFragment {
  const direction = raw(order.descending ? "DESC" : "ASC")
  const rows = page.offset + page.limit
  // The figures are this statement's own `s`; a search also needs `b`.
  const business = sideJoins(merge({ business: filterJoins(filters).business }), null)
  const signed = (part: 1 | 3) => sql`
    SELECT c.id, ${part}::integer AS sort_1, s.sales_total AS sort_2
      FROM customer_sales_stats s
      JOIN customer c ON c.id = s.customer_id${business}
     WHERE s.currency_code = ${filters.currency_code}::text
       AND s.deleted_at IS NULL
       AND s.sales_total ${raw(part === 3 ? ">" : "<")} 0
       AND ${where(filters, options, raw("s.sales_total"))}
     ORDER BY s.sales_total ${direction}, s.customer_id ${direction}
     LIMIT ${rows}`
  const zero = sql`
    SELECT c.id, 2 AS sort_1, 0::numeric AS sort_2
      FROM customer c${business}
     WHERE NOT EXISTS (
             SELECT 1 FROM customer_sales_stats s
              WHERE s.customer_id = c.id
                AND s.currency_code = ${filters.currency_code}::text
                AND s.deleted_at IS NULL
                AND s.sales_total <> 0)
       AND ${where(filters, options, raw("0::numeric"))}
     ORDER BY c.id ${direction}
     LIMIT ${rows}`
  return sql`SELECT id, sort_1, sort_2
    FROM ((${signed(3)})
          UNION ALL (${zero})
          UNION ALL (${signed(1)})) parts
   ORDER BY ${orderBy(order, 2, (index) => `sort_${index}`, "id")}
   LIMIT ${page.limit} OFFSET ${page.offset}`
}

/**
 * A page of the overview. The filters and the order run over narrow rows
 * first (the customer, and only the joins they need), so PostgreSQL keeps
 * just the top `offset + limit` of them while scanning (a bounded sort, in
 * memory) — or, by sales, reads them in order from an index; the details
 * — side tables and flags — are then read for the page's rows only. With
 * a narrowing filter the rows carry the count (`pageCarriesCount`).
 */
export function customerOverviewPageQuery(
  filters: CustomerOverviewFilters,
  order: OverviewOrder,
  page: { limit: number; offset: number },
  options: CustomerOverviewOptions
): SqlFragment {
  const { matched, keys } = matchedPage(filters, order, page, options)
  return sql`WITH matched AS (
  ${matched}
)
SELECT ${rowColumns(filters, options)},
       COALESCE(fl.flags, '[]'::json) AS flags${raw(pageCarriesCount(filters, order) ? ",\n       m.total_count" : "")}
  FROM matched m
  JOIN customer c ON c.id = m.id${sideJoins({ stats: true, business: true, loyalty: true }, filters.currency_code)}
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'abbreviation', f.abbreviation,
                                      'icon', f.icon, 'color', f.color)
                    ORDER BY f.name, f.id) AS flags
      FROM customer_flag_assignment fa
      JOIN customer_flag f ON f.id = fa.flag_id AND f.deleted_at IS NULL
     WHERE fa.customer_id = c.id
       AND ${activeAssignment(options.now)}
  ) fl ON true
 ORDER BY ${orderBy(order, keys, (index) => `m.sort_${index}`, "m.id")}`
}

/** How many customers the filters select. */
export function customerOverviewCountQuery(
  filters: CustomerOverviewFilters,
  options: CustomerOverviewOptions
): SqlFragment {
  return sql`SELECT count(*)::integer AS count
  FROM customer c${sideJoins(merge(filterJoins(filters)), filters.currency_code)}
 WHERE ${where(filters, options)}`
}

/** The export's columns: header, value (over `c`, the side joins and `fl`) and kind. */
function exportColumns(
  filters: CustomerOverviewFilters,
  options: CustomerOverviewOptions
): ExportColumn[] {
  return [
    { header: "id", value: raw("c.id"), kind: "text" },
    { header: "email", value: raw("c.email"), kind: "text" },
    { header: "first_name", value: raw("c.first_name"), kind: "text" },
    { header: "last_name", value: raw("c.last_name"), kind: "text" },
    { header: "company", value: raw("b.company"), kind: "text" },
    { header: "currency_code", value: sql`${filters.currency_code}::text`, kind: "text" },
    { header: "sales_total", value: raw("COALESCE(s.sales_total, 0)"), kind: "number" },
    { header: "order_count", value: raw("COALESCE(s.order_count, 0)"), kind: "number" },
    { header: "last_order_at", value: raw("s.last_order_at"), kind: "date" },
    { header: "flags", value: raw("fl.flag_names"), kind: "text" },
    { header: "points_available", value: raw("la.points_available"), kind: "number" },
    { header: "tier", value: raw("la.tier_name"), kind: "text" },
    { header: "has_account", value: raw("c.has_account"), kind: "boolean" },
    { header: "marketing_consent", value: marketingConsent(options), kind: "boolean" },
    { header: "created_at", value: raw("c.created_at"), kind: "date" },
  ]
}

/** The export's columns as the file shows them (headers and kinds). */
export const CUSTOMER_OVERVIEW_EXPORT_COLUMNS = exportColumns(
  { currency_code: null },
  { now: new Date(0), marketing_consent_key: "" }
).map(({ header, kind }) => ({ header, kind }))

/** The export's header line: the column names, quoted. */
export const CUSTOMER_OVERVIEW_CSV_HEADER = csvHeader(
  CUSTOMER_OVERVIEW_EXPORT_COLUMNS.map((column) => column.header)
)

/**
 * Every customer the filters select, in the order, for the export: for
 * CSV as finished lines with every field quoted (`line`; the header is
 * `CUSTOMER_OVERVIEW_CSV_HEADER`, see lib/csv.ts), for Excel as one value per
 * column (utils/export-cells.ts): the overview's columns, the active flags'
 * names joined with ", ". PostgreSQL writes the cells, so the rows need no
 * work on the way out. Each row's flags are looked up by customer (an
 * index probe into a small table): an aggregate of all assignments joined
 * by hash would be cheaper over everyone, but when the filters make
 * PostgreSQL expect a handful of rows it re-runs that aggregate for each
 * of them — 40 s for 3,000 rows.
 */
export function customerOverviewExportQuery(
  filters: CustomerOverviewFilters,
  order: OverviewOrder,
  options: CustomerOverviewOptions,
  format: ExportFormat = "csv"
): SqlFragment {
  const columns = exportColumns(filters, options)
  return sql`SELECT ${format === "csv" ? csvLine(columns, "quoted") : xlsxColumns(columns)}
  FROM customer c${sideJoins({ stats: true, business: true, loyalty: true }, filters.currency_code)}
  LEFT JOIN LATERAL (
    SELECT string_agg(f.name, ', ' ORDER BY f.name, f.id) AS flag_names
      FROM customer_flag_assignment fa
      JOIN customer_flag f ON f.id = fa.flag_id AND f.deleted_at IS NULL
     WHERE fa.customer_id = c.id
       AND ${activeAssignment(options.now)}
  ) fl ON true
 WHERE ${where(filters, options)}
 ORDER BY ${orderBy(order, SORT_KEYS[order.field].expressions.length, (index) => SORT_KEYS[order.field].expressions[index - 1], "c.id")}`
}

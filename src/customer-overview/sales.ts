import { raw, sql, SqlFragment, textArray } from "../lib/sql"

/**
 * What an order (\`o\`) counts for: its current total, the
 * \`current_order_total\` of the summary of the order's current version, so
 * edits and returns are reflected. An order without a summary counts 0.
 *
 * The amount is taken out of the summary's JSON inside the subquery, so
 * the join carries a number rather than the wide totals document: over a
 * million orders PostgreSQL then hashes the summaries instead of looking
 * each one up by index (6 s against 37 s on two cores).
 */
export const ORDER_SUMMARY_JOIN = raw(`LEFT JOIN (
    SELECT order_id, version,
           COALESCE((totals ->> 'current_order_total')::numeric, 0) AS amount
      FROM order_summary
     WHERE deleted_at IS NULL
  ) os ON os.order_id = o.id AND os.version = o.version`)

export const ORDER_AMOUNT = raw("COALESCE(os.amount, 0)")

/**
 * Per customer and currency, what their counted orders add up to: the rows
 * `customerInsights.replaceSalesStats` stores (`customer_id, currency_code,
 * sales_total, order_count, first_order_at, last_order_at`). One aggregate
 * over the order facts (`customer_order_fact`, which hold the counted
 * orders at their current total), read through their (customer, placed at,
 * currency, total) index; `customerIds` limits it to those customers (all
 * when null). Customers without counted orders get no row, and neither do
 * deleted customers: the plugin forgets them (forgetCustomerWorkflow), and
 * a rebuild or a late order event must not bring their figures back.
 */
export function salesStatsQuery(customerIds: readonly string[] | null): SqlFragment {
  const only = customerIds
    ? sql`f.customer_id = ANY(${textArray(customerIds)})
   AND `
    : raw("")
  return sql`SELECT f.customer_id,
       f.currency_code,
       SUM(f.total) AS sales_total,
       COUNT(*)::integer AS order_count,
       MIN(f.placed_at) AS first_order_at,
       MAX(f.placed_at) AS last_order_at
  FROM customer_order_fact f
 WHERE ${only}EXISTS (SELECT 1 FROM customer c WHERE c.id = f.customer_id AND c.deleted_at IS NULL)
 GROUP BY f.customer_id, f.currency_code`
}

/** The customers whose orders these are (for the events that name an order). */
export function orderCustomersQuery(orderIds: readonly string[]): SqlFragment {
  return sql`SELECT DISTINCT o.customer_id
  FROM "order" o
 WHERE o.id = ANY(${textArray(orderIds)})
   AND o.customer_id IS NOT NULL`
}

/** A kept sales figure, as stored (the total as exact decimal text). */
export type SalesStatsRow = {
  customer_id: string
  currency_code: string
  sales_total: string
  order_count: number
  first_order_at: string | Date | null
  last_order_at: string | Date | null
}

/**
 * Given rows, as `salesStatsQuery` selects them: puts back figures saved
 * before a change (the rows travel as one JSON parameter).
 */
export function salesStatsRowsQuery(rows: readonly SalesStatsRow[]): SqlFragment {
  return sql`SELECT r.customer_id, r.currency_code, r.sales_total, r.order_count,
       r.first_order_at, r.last_order_at
  FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
       AS r(customer_id text, currency_code text, sales_total numeric, order_count integer,
            first_order_at timestamptz, last_order_at timestamptz)`
}

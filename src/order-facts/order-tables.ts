import type { OrderFactsScope } from "../modules/customer-insights/order-facts"
import { COUNTED_ORDER } from "../segments/purchases"
import { join, raw, sql, SqlFragment, textArray } from "../lib/sql"

/**
 * The order facts as Medusa's order tables say them, for a rebuild: the
 * same rows the order events write from `query.graph` (fact-rows.ts), read
 * in one set-based statement per table.
 */

/** Orders (`o`) in the scope. */
function inScope(scope: OrderFactsScope): SqlFragment {
  if ("order_ids" in scope) {
    return sql`o.id = ANY(${textArray(scope.order_ids)})`
  }
  const parts: SqlFragment[] = [raw("TRUE")]
  if (scope.order_id_range.after !== null) {
    parts.push(sql`o.id > ${scope.order_id_range.after}`)
  }
  if (scope.order_id_range.upto !== null) {
    parts.push(sql`o.id <= ${scope.order_id_range.upto}`)
  }
  return join(parts, " AND ")
}

/**
 * Orders that count, of customers the store still has: a deleted customer
 * is forgotten (forgetCustomerWorkflow), and a rebuild must not bring their
 * orders back.
 */
const COUNTED_ORDER_OF_CUSTOMER = sql`${COUNTED_ORDER}
   AND EXISTS (SELECT 1 FROM customer c WHERE c.id = o.customer_id AND c.deleted_at IS NULL)`

/**
 * One row per counted order: `order_id, customer_id, placed_at,
 * currency_code, total, item_count`. The total is the summary's
 * `current_order_total` of the order's current version (0 without one),
 * the item count the quantities of the version's items added up.
 */
export function orderFactsQuery(scope: OrderFactsScope): SqlFragment {
  return sql`SELECT o.id AS order_id,
       o.customer_id,
       o.created_at AS placed_at,
       o.currency_code,
       COALESCE((s.totals ->> 'current_order_total')::numeric, 0) AS total,
       COALESCE((SELECT SUM(oi.quantity)
                   FROM order_item oi
                   JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
                  WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL), 0) AS item_count
  FROM "order" o
  LEFT JOIN order_summary s
    ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL
 WHERE ${COUNTED_ORDER_OF_CUSTOMER}
   AND ${inScope(scope)}`
}

/**
 * One row per line of a counted order's current version that names a
 * product or variant: `item_id, order_id, customer_id, placed_at,
 * product_id, variant_id, quantity`.
 */
export function orderLineFactsQuery(scope: OrderFactsScope): SqlFragment {
  return sql`SELECT li.id AS item_id,
       o.id AS order_id,
       o.customer_id,
       o.created_at AS placed_at,
       li.product_id,
       li.variant_id,
       oi.quantity
  FROM "order" o
  JOIN order_item oi
    ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
  JOIN order_line_item li
    ON li.id = oi.item_id AND li.deleted_at IS NULL
 WHERE ${COUNTED_ORDER_OF_CUSTOMER}
   AND (li.product_id IS NOT NULL OR li.variant_id IS NOT NULL)
   AND ${inScope(scope)}`
}

/**
 * The last order id of the batch of `size` orders after `after` (from the
 * first when null), or no row when fewer remain: the rebuild then takes the
 * rest as its last batch. Deleted orders count too, so the batches cover
 * every id a fact may still hold.
 */
export function orderBatchEndQuery(after: string | null, size: number): SqlFragment {
  const from = after === null ? raw("") : sql`WHERE o.id > ${after}`
  return sql`SELECT o.id FROM "order" o ${from} ORDER BY o.id OFFSET ${size - 1} LIMIT 1`
}

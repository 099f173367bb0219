import { COUNTED_ORDER } from "../segments/purchases"
import { sql, SqlFragment } from "../lib/sql"
import { ORDER_AMOUNT, ORDER_SUMMARY_JOIN } from "./sales"

/**
 * One customer at a glance, in one statement, live from the orders (not
 * from the kept sales figures): per currency the total, order count,
 * average order value and first and last order; the active flags; the
 * loyalty membership; the segments the customer is in now. One row,
 * `found` false when there is no such customer. The orders are read by
 * customer through Medusa's index on `order.customer_id`.
 */
export function customerSummaryQuery(customerId: string, now: Date): SqlFragment {
  return sql`WITH sales AS (
  SELECT o.currency_code,
         SUM(${ORDER_AMOUNT}) AS total,
         COUNT(*)::integer AS order_count,
         MIN(o.created_at) AS first_order_at,
         MAX(o.created_at) AS last_order_at
    FROM "order" o
    ${ORDER_SUMMARY_JOIN}
   WHERE ${COUNTED_ORDER}
     AND o.customer_id = ${customerId}
   GROUP BY o.currency_code
)
SELECT EXISTS (SELECT 1 FROM customer WHERE id = ${customerId} AND deleted_at IS NULL) AS found,
       COALESCE((
         SELECT json_agg(json_build_object(
                  'currency_code', currency_code,
                  'total', total,
                  'order_count', order_count,
                  'average_order_value', trim_scale(round(total / order_count, 4)),
                  'first_order_at', first_order_at,
                  'last_order_at', last_order_at)
                ORDER BY total DESC, currency_code)
           FROM sales
       ), '[]'::json) AS sales,
       (SELECT COALESCE(SUM(order_count), 0)::integer FROM sales) AS order_count,
       (SELECT MIN(first_order_at) FROM sales) AS first_order_at,
       (SELECT MAX(last_order_at) FROM sales) AS last_order_at,
       COALESCE((
         SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'abbreviation', f.abbreviation,
                                           'icon', f.icon, 'color', f.color, 'display', f.display)
                         ORDER BY f.name, f.id)
           FROM customer_flag_assignment fa
           JOIN customer_flag f ON f.id = fa.flag_id AND f.deleted_at IS NULL
          WHERE fa.customer_id = ${customerId}
            AND fa.removed_at IS NULL
            AND fa.deleted_at IS NULL
            AND (fa.expires_at IS NULL OR fa.expires_at > ${now}::timestamptz)
       ), '[]'::json) AS flags,
       (
         SELECT json_build_object(
                  'member_number', a.member_number,
                  'points_available', a.points_available,
                  'points_pending', a.points_pending,
                  'tier', CASE WHEN t.id IS NULL THEN NULL
                               ELSE json_build_object('id', t.id, 'name', t.name) END)
           FROM loyalty_account_member lm
           JOIN loyalty_account a ON a.id = lm.account_id AND a.deleted_at IS NULL
           LEFT JOIN loyalty_tier t ON t.id = a.tier_id AND t.deleted_at IS NULL
          WHERE lm.customer_id = ${customerId}
            AND lm.deleted_at IS NULL
          LIMIT 1
       ) AS loyalty,
       COALESCE((
         SELECT json_agg(json_build_object('id', sg.id, 'name', sg.name, 'entered_at', sm.entered_at)
                         ORDER BY sm.entered_at DESC, sg.id)
           FROM customer_segment_membership sm
           JOIN customer_segment sg ON sg.id = sm.segment_id AND sg.deleted_at IS NULL
          WHERE sm.customer_id = ${customerId}
            AND sm.left_at IS NULL
            AND sm.deleted_at IS NULL
       ), '[]'::json) AS segments`
}

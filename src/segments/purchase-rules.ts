import { purchasesByCustomer, PurchaseTargets } from "./purchases"
import { join, raw, sql, SqlFragment } from "../lib/sql"
import { SegmentTime } from "./time"
import { SegmentWindow } from "./types"

export type PurchaseRule = PurchaseTargets & {
  min_quantity?: number | null
  min_orders?: number | null
  window?: SegmentWindow | null
}

/**
 * One statement that returns the `flag_id` of every purchase rule the order
 * fulfils: the order holds an item of the rule's targets, and the customer's
 * purchases of them within the rule's window (this order included) reach
 * `min_quantity` items in `min_orders` orders.
 *
 * Reads the order line facts: run it after the order's facts are written
 * (on `customer_order_facts.refreshed`, not on `order.placed`).
 *
 * The order count is compared as a bigint (as COUNT gives it), whatever
 * form the value travels in: a count saved before counts were bounded
 * that no bigint holds fails the statement, and the caller skips that rule.
 */
export function compilePurchaseRuleMatches(
  rules: { flag_id: string; rule: PurchaseRule }[],
  order: { id: string; customer_id: string },
  options: { timezone: string; now: Date }
): SqlFragment {
  const time = new SegmentTime(options)
  const checks = rules.map(({ flag_id, rule }) => {
    const purchases = purchasesByCustomer(
      rule,
      sql`
       AND f.customer_id = ${order.customer_id}${time.windowFilter(rule.window)}`,
      raw(`SUM(f.quantity) AS quantity,
           COUNT(DISTINCT f.order_id) AS orders,
           array_agg(DISTINCT f.order_id) AS order_ids`)
    )
    return sql`SELECT ${flag_id}::text AS flag_id
  FROM (${purchases}) bought
 WHERE ${order.id}::text = ANY(bought.order_ids)
   AND bought.quantity >= ${rule.min_quantity ?? 1}
   AND bought.orders >= ${rule.min_orders ?? 1}::bigint`
  })
  return join(checks, "\nUNION ALL\n")
}

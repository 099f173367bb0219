import { join, raw, sql, SqlFragment, textArray } from "../lib/sql"

/** What counts as a purchase: an item of any of these (empty lists are ignored). */
export type PurchaseTargets = {
  product_ids?: string[]
  variant_ids?: string[]
  collection_ids?: string[]
  category_ids?: string[]
}

/**
 * Orders that count (alias `o`): placed, not a draft, not canceled. The
 * order facts hold these (of customers the store still has); segments and
 * purchase rules read the facts.
 */
export const COUNTED_ORDER = raw(`o.deleted_at IS NULL
       AND o.canceled_at IS NULL
       AND o.is_draft_order = false
       AND o.status NOT IN ('draft', 'canceled')
       AND o.customer_id IS NOT NULL`)

/**
 * `AND f.customer_id = ANY(…)` when the statement is for some customers
 * only (an incremental refresh, a flag rule for one order): every aggregate
 * then reads only their rows, by index. Empty for all customers.
 */
export function forCustomers(
  customerIds: readonly string[] | undefined,
  column = "f.customer_id"
): SqlFragment {
  return customerIds
    ? sql`
       AND ${raw(column)} = ANY(${textArray(customerIds)})`
    : raw("")
}

/**
 * Per customer, aggregates (`measures`, over order line facts `f`:
 * `order_id`, `quantity`, `placed_at`) of the items bought of the targets.
 * The line facts hold the lines of the orders that count only (placed, not
 * a draft, not canceled), in their current quantities. `filter` adds
 * `AND …` conditions on the line, e.g. a window or some customers.
 *
 * Collections and categories are read from the catalogue as it is now,
 * through the line's product. Their products are an array computed once
 * (`= ANY(ARRAY(…))`), not a semi-join: the lines are then read by the
 * covering (product_id, placed_at) index, a range per product, instead of
 * a hash join over every line, which the planner chose when it guessed
 * most products belong to the collection (it cannot see the ids).
 */
export function purchasesByCustomer(
  targets: PurchaseTargets,
  filter: SqlFragment,
  measures: SqlFragment
): SqlFragment {
  const matches: SqlFragment[] = []
  if (targets.product_ids?.length) {
    matches.push(sql`f.product_id = ANY(${textArray(targets.product_ids)})`)
  }
  if (targets.variant_ids?.length) {
    matches.push(sql`f.variant_id = ANY(${textArray(targets.variant_ids)})`)
  }
  if (targets.collection_ids?.length) {
    matches.push(sql`f.product_id = ANY(ARRAY(
             SELECT pr.id FROM product pr
              WHERE pr.collection_id = ANY(${textArray(targets.collection_ids)})
                AND pr.deleted_at IS NULL))`)
  }
  if (targets.category_ids?.length) {
    // A category includes its subcategories: `mpath` lists a category's
    // ancestors and itself.
    matches.push(sql`f.product_id = ANY(ARRAY(
             SELECT pcp.product_id FROM product_category_product pcp
               JOIN product_category pc
                 ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
              WHERE string_to_array(pc.mpath, '.') && ${textArray(targets.category_ids)}))`)
  }
  if (!matches.length) {
    throw new Error("A purchase needs at least one product, variant, collection or category")
  }
  return sql`
    SELECT f.customer_id,
           ${measures}
      FROM customer_order_line_fact f
     WHERE (${join(matches, "\n         OR ")})${filter}
     GROUP BY f.customer_id
  `
}

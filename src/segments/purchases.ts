import { join, raw, sql, SqlFragment, textArray } from "./sql"

/** What counts as a purchase: an item of any of these (empty lists are ignored). */
export type PurchaseTargets = {
  product_ids?: string[]
  variant_ids?: string[]
  collection_ids?: string[]
  category_ids?: string[]
}

/** Orders that count (alias `o`): placed, not a draft, not canceled. */
export const COUNTED_ORDER = raw(`o.deleted_at IS NULL
       AND o.canceled_at IS NULL
       AND o.is_draft_order = false
       AND o.status NOT IN ('draft', 'canceled')
       AND o.customer_id IS NOT NULL`)

/**
 * Per customer, aggregates (`measures`, over orders `o` and their items
 * `oi`) of the items bought of the targets. `filter` adds `AND …`
 * conditions on the order, e.g. a window or one customer.
 */
export function purchasesByCustomer(
  targets: PurchaseTargets,
  filter: SqlFragment,
  measures: SqlFragment
): SqlFragment {
  const matches: SqlFragment[] = []
  if (targets.product_ids?.length) {
    matches.push(sql`li.product_id = ANY(${textArray(targets.product_ids)})`)
  }
  if (targets.variant_ids?.length) {
    matches.push(sql`li.variant_id = ANY(${textArray(targets.variant_ids)})`)
  }
  if (targets.collection_ids?.length) {
    matches.push(sql`li.product_id IN (
             SELECT pr.id FROM product pr
              WHERE pr.collection_id = ANY(${textArray(targets.collection_ids)})
                AND pr.deleted_at IS NULL)`)
  }
  if (targets.category_ids?.length) {
    // A category includes its subcategories: `mpath` lists a category's
    // ancestors and itself.
    matches.push(sql`li.product_id IN (
             SELECT pcp.product_id FROM product_category_product pcp
               JOIN product_category pc
                 ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
              WHERE string_to_array(pc.mpath, '.') && ${textArray(targets.category_ids)})`)
  }
  if (!matches.length) {
    throw new Error("A purchase needs at least one product, variant, collection or category")
  }
  return sql`
    SELECT o.customer_id,
           ${measures}
      FROM "order" o
      JOIN order_item oi
        ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
      JOIN order_line_item li
        ON li.id = oi.item_id AND li.deleted_at IS NULL
     WHERE ${COUNTED_ORDER}${filter}
       AND (${join(matches, "\n         OR ")})
     GROUP BY o.customer_id
  `
}

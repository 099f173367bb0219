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
 * Per customer: items bought of the targets (`quantity`), in how many
 * orders (`orders`), and the ids of those orders' (`order_ids`, for purchase
 * rules that must know whether a given order was one of them). `filter` adds
 * `AND …` conditions on the order `o`, e.g. a window or one customer.
 */
export function purchasesByCustomer(
  targets: PurchaseTargets,
  filter: SqlFragment,
  withOrderIds = false
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
  const orderIds = withOrderIds ? raw(",\n           array_agg(DISTINCT o.id) AS order_ids") : raw("")
  return sql`
    SELECT o.customer_id,
           SUM(oi.quantity) AS quantity,
           COUNT(DISTINCT o.id) AS orders${orderIds}
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

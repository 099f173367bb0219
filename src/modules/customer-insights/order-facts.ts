/**
 * The statements that replace order facts with the rows a query selects.
 * The query comes from outside the module (it reads the order module's
 * tables, or rows given as JSON); these only know the fact tables.
 */

/** Which orders' facts a replacement covers: some orders, or a range of order ids (a rebuild's batch). */
export type OrderFactsScope =
  | { order_ids: string[] }
  /** Ids after `after` up to and including `upto`; null is open on that side. */
  | { order_id_range: { after: string | null; upto: string | null } }

type Query = { text: string; params: readonly unknown[] }
type Statement = { text: string; params: unknown[] }

/** `f.order_id` within the scope, with its parameters. */
function scopeCondition(scope: OrderFactsScope): Statement {
  if ("order_ids" in scope) {
    return {
      text: "f.order_id IN (SELECT jsonb_array_elements_text(?::jsonb))",
      params: [JSON.stringify(scope.order_ids)],
    }
  }
  const parts = ["TRUE"]
  const params: unknown[] = []
  if (scope.order_id_range.after !== null) {
    parts.push("f.order_id > ?")
    params.push(scope.order_id_range.after)
  }
  if (scope.order_id_range.upto !== null) {
    parts.push("f.order_id <= ?")
    params.push(scope.order_id_range.upto)
  }
  return { text: parts.join(" AND "), params }
}

const rawAmount = (column: string) =>
  `jsonb_build_object('value', r.${column}::text, 'precision', 20)`

/**
 * One statement: upsert the selected rows (a row whose values are the same
 * is not rewritten, so a rebuild of unchanged orders writes nothing), delete
 * the rows of the scope not selected, and count rows, written and removed.
 */
function replaceStatement(
  table: string,
  key: string,
  columns: string[],
  amounts: string[],
  scope: OrderFactsScope,
  query: Query
): Statement {
  const where = scopeCondition(scope)
  const all = [...columns, ...amounts]
  const insertColumns = [...all, ...amounts.map((a) => `raw_${a}`)]
  const selected = [...all.map((c) => `r.${c}`), ...amounts.map(rawAmount)]
  const updates = [...all.filter((c) => c !== key), ...amounts.map((a) => `raw_${a}`)]
  const compared = all.filter((c) => c !== key)
  return {
    text: `WITH fresh AS MATERIALIZED (
  ${query.text}
), written AS (
  INSERT INTO ${table} AS f (${insertColumns.join(", ")})
  SELECT ${selected.join(", ")}
    FROM fresh r
  ON CONFLICT (${key}) DO UPDATE
     SET ${updates.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, updated_at = now(), deleted_at = NULL
   WHERE (${compared.map((c) => `f.${c}`).join(", ")}, f.deleted_at)
         IS DISTINCT FROM (${compared.map((c) => `EXCLUDED.${c}`).join(", ")}, NULL)
  RETURNING 1
), removed AS (
  DELETE FROM ${table} f
   WHERE ${where.text}
     AND NOT EXISTS (SELECT 1 FROM fresh r WHERE r.${key} = f.${key})
  RETURNING 1
)
SELECT (SELECT count(*) FROM fresh) AS rows,
       (SELECT count(*) FROM written) AS written,
       (SELECT count(*) FROM removed) AS removed`,
    params: [...query.params, ...where.params],
  }
}

/** Rows: `order_id, customer_id, placed_at, currency_code, total, item_count`. */
export const replaceOrderFactRows = (scope: OrderFactsScope, query: Query) =>
  replaceStatement(
    "customer_order_fact",
    "order_id",
    ["order_id", "customer_id", "placed_at", "currency_code"],
    ["total", "item_count"],
    scope,
    query
  )

/** Rows: `item_id, order_id, customer_id, placed_at, product_id, variant_id, quantity`. */
export const replaceOrderLineFactRows = (scope: OrderFactsScope, query: Query) =>
  replaceStatement(
    "customer_order_line_fact",
    "item_id",
    ["item_id", "order_id", "customer_id", "placed_at", "product_id", "variant_id"],
    ["quantity"],
    scope,
    query
  )

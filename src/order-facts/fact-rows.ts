import { MathBN } from "@medusajs/framework/utils"
import { sql, SqlFragment } from "../lib/sql"

/** An order fact as stored (amounts as exact decimal text). */
export type OrderFactRow = {
  order_id: string
  customer_id: string
  placed_at: string
  currency_code: string
  total: string
  item_count: string
}

/** An order line fact as stored. */
export type OrderLineFactRow = {
  item_id: string
  order_id: string
  customer_id: string
  placed_at: string
  product_id: string | null
  variant_id: string | null
  quantity: string
}

export type OrderFacts = { orders: OrderFactRow[]; lines: OrderLineFactRow[] }

/** The fields of an order `factsOfOrders` reads, for `query.graph`. */
export const ORDER_FACT_FIELDS = [
  "id",
  "customer_id",
  "created_at",
  "currency_code",
  "status",
  "is_draft_order",
  "canceled_at",
  "summary",
  "items.id",
  "items.product_id",
  "items.variant_id",
  // The quantity of the order's current version is on the order item, its
  // "detail" (asked for beside other item fields, `items.quantity` comes back empty).
  "items.detail.quantity",
  "items.detail.raw_quantity",
]

type Amount = number | string | { value?: string | number } | null | undefined

/** An order item as `query.graph` gives it with ORDER_FACT_FIELDS. */
type FactOrderItem = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  detail?: { quantity?: Amount; raw_quantity?: Amount } | null
}

/** An order as `query.graph` gives it with ORDER_FACT_FIELDS. */
export type FactOrder = {
  id: string
  customer_id?: string | null
  created_at: string | Date
  currency_code: string
  status?: string | null
  is_draft_order?: boolean | null
  canceled_at?: string | Date | null
  summary?: { current_order_total?: Amount; raw_current_order_total?: Amount } | null
  items?: (FactOrderItem | null)[] | null
}

/** An amount as exact decimal text: the raw value when there is one. */
const exact = (value: Amount, raw?: Amount): string => {
  const pick = (amount: Amount) =>
    amount !== null && typeof amount === "object" ? amount.value : amount
  const chosen = pick(raw) ?? pick(value)
  return chosen === undefined || chosen === null ? "0" : String(chosen)
}

const quantityOf = (item: FactOrderItem) => exact(item.detail?.quantity, item.detail?.raw_quantity)

/** Counted as orderFactsQuery counts: placed, not a draft, not canceled, with a customer. */
const counts = (order: FactOrder): order is FactOrder & { customer_id: string } =>
  !!order.customer_id &&
  !order.is_draft_order &&
  !order.canceled_at &&
  order.status !== "draft" &&
  order.status !== "canceled"

const iso = (date: string | Date) => new Date(date).toISOString()

/**
 * The facts of orders as `query.graph` gives them (ORDER_FACT_FIELDS):
 * the counted ones of customers in `customerIds` (those the store still
 * has), the rows orderFactsQuery and orderLineFactsQuery would select.
 */
export function factsOfOrders(orders: FactOrder[], customerIds: ReadonlySet<string>): OrderFacts {
  const facts: OrderFacts = { orders: [], lines: [] }
  for (const order of orders) {
    if (!counts(order) || !customerIds.has(order.customer_id)) {
      continue
    }
    const placed_at = iso(order.created_at)
    const items = (order.items ?? []).filter((item): item is FactOrderItem => !!item)
    facts.orders.push({
      order_id: order.id,
      customer_id: order.customer_id,
      placed_at,
      currency_code: order.currency_code,
      total: exact(order.summary?.current_order_total, order.summary?.raw_current_order_total),
      item_count: items
        .reduce((sum, item) => MathBN.add(sum, quantityOf(item)), MathBN.convert(0))
        .toString(),
    })
    for (const item of items) {
      if (!item.product_id && !item.variant_id) {
        continue
      }
      facts.lines.push({
        item_id: item.id,
        order_id: order.id,
        customer_id: order.customer_id,
        placed_at,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        quantity: quantityOf(item),
      })
    }
  }
  return facts
}

/** Given order fact rows, as orderFactsQuery selects them (one JSON parameter). */
export function orderFactRowsQuery(rows: readonly OrderFactRow[]): SqlFragment {
  return sql`SELECT r.order_id, r.customer_id, r.placed_at, r.currency_code, r.total, r.item_count
  FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
       AS r(order_id text, customer_id text, placed_at timestamptz, currency_code text,
            total numeric, item_count numeric)`
}

/** Given order line fact rows, as orderLineFactsQuery selects them. */
export function orderLineFactRowsQuery(rows: readonly OrderLineFactRow[]): SqlFragment {
  return sql`SELECT r.item_id, r.order_id, r.customer_id, r.placed_at, r.product_id, r.variant_id, r.quantity
  FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
       AS r(item_id text, order_id text, customer_id text, placed_at timestamptz,
            product_id text, variant_id text, quantity numeric)`
}

import {
  replaceOrderFactRows,
  replaceOrderLineFactRows,
} from "../../modules/customer-insights/order-facts"
import { COUNTED_ORDER } from "../../segments/purchases"
import {
  factsOfOrders,
  orderBatchEndQuery,
  orderFactRowsQuery,
  orderFactsQuery,
  orderLineFactsQuery,
} from ".."

const placeholders = (text: string) => (text.match(/\?/g) ?? []).length

describe("orderFactsQuery and orderLineFactsQuery", () => {
  it("read the counted orders of customers the store has, at the current version", () => {
    for (const query of [orderFactsQuery, orderLineFactsQuery]) {
      const statement = query({ order_ids: ["order_1"] })
      expect(statement.text).toContain(COUNTED_ORDER.text)
      expect(statement.text).toContain("c.deleted_at IS NULL")
      expect(statement.text).toContain("oi.version = o.version")
      expect(statement.params).toEqual([JSON.stringify(["order_1"])])
    }
    expect(orderFactsQuery({ order_ids: [] }).text).toContain(
      "(s.totals ->> 'current_order_total')::numeric"
    )
    expect(orderLineFactsQuery({ order_ids: [] }).text).toContain(
      "li.product_id IS NOT NULL OR li.variant_id IS NOT NULL"
    )
  })

  it("take a range of order ids, open on either side", () => {
    expect(orderFactsQuery({ order_id_range: { after: null, upto: null } }).params).toEqual([])
    const range = orderLineFactsQuery({ order_id_range: { after: "order_a", upto: "order_b" } })
    expect(range.text).toContain("o.id > ? AND o.id <= ?")
    expect(range.params).toEqual(["order_a", "order_b"])
  })
})

describe("orderBatchEndQuery", () => {
  it("finds the last id of the next batch, deleted orders included", () => {
    const first = orderBatchEndQuery(null, 500)
    expect(first.params).toEqual([499])
    expect(first.text).not.toContain("deleted_at")
    expect(orderBatchEndQuery("order_9", 10).params).toEqual(["order_9", 9])
  })
})

describe("the replace statements", () => {
  it("upsert what changed and remove what the scope no longer selects, parameters in order", () => {
    const rows = orderFactRowsQuery([])
    const statement = replaceOrderFactRows({ order_ids: ["order_1"] }, rows)
    expect(statement.params).toEqual([...rows.params, JSON.stringify(["order_1"])])
    expect(placeholders(statement.text)).toBe(statement.params.length)
    expect(statement.text).toContain("ON CONFLICT (order_id) DO UPDATE")
    expect(statement.text).toContain("IS DISTINCT FROM")
    expect(statement.text).toContain("raw_total")
    const lines = replaceOrderLineFactRows(
      { order_id_range: { after: "order_1", upto: null } },
      rows
    )
    expect(lines.text).toContain("ON CONFLICT (item_id) DO UPDATE")
    expect(lines.text).toContain("f.order_id > ?")
    expect(lines.params.at(-1)).toBe("order_1")
  })
})

describe("factsOfOrders", () => {
  const order = (overrides: Record<string, unknown> = {}) => ({
    id: "order_1",
    customer_id: "cus_1",
    created_at: "2026-01-02T03:04:05.000Z",
    currency_code: "sek",
    status: "pending",
    is_draft_order: false,
    canceled_at: null,
    summary: {
      current_order_total: 10.1,
      raw_current_order_total: { value: "10.10", precision: 20 },
    },
    items: [
      {
        id: "ordli_1",
        product_id: "prod_1",
        variant_id: "variant_1",
        detail: { quantity: 2, raw_quantity: { value: "2" } },
      },
      { id: "ordli_2", product_id: null, variant_id: null, detail: { quantity: 1.5 } },
    ],
    ...overrides,
  })

  it("keeps exact amounts, adds up every item and leaves out lines without product or variant", () => {
    expect(factsOfOrders([order()], new Set(["cus_1"]))).toEqual({
      orders: [
        {
          order_id: "order_1",
          customer_id: "cus_1",
          placed_at: "2026-01-02T03:04:05.000Z",
          currency_code: "sek",
          total: "10.10",
          item_count: "3.5",
        },
      ],
      lines: [
        {
          item_id: "ordli_1",
          order_id: "order_1",
          customer_id: "cus_1",
          placed_at: "2026-01-02T03:04:05.000Z",
          product_id: "prod_1",
          variant_id: "variant_1",
          quantity: "2",
        },
      ],
    })
  })

  it("gives no facts to orders that do not count or whose customer is gone", () => {
    const none = { orders: [], lines: [] }
    const customers = new Set(["cus_1"])
    expect(factsOfOrders([order({ status: "canceled" })], customers)).toEqual(none)
    expect(factsOfOrders([order({ canceled_at: "2026-01-03" })], customers)).toEqual(none)
    expect(factsOfOrders([order({ is_draft_order: true })], customers)).toEqual(none)
    expect(factsOfOrders([order({ customer_id: null })], customers)).toEqual(none)
    expect(factsOfOrders([order()], new Set())).toEqual(none)
  })
})

import { COUNTED_ORDER } from "../../segments/purchases"
import { orderCustomersQuery, salesStatsQuery, salesStatsRowsQuery } from "../sales"
import { customerSummaryQuery } from "../summary"

const placeholders = (text: string) => (text.match(/\?/g) ?? []).length

describe("salesStatsQuery", () => {
  it("aggregates every customer's order facts per currency", () => {
    const statement = salesStatsQuery(null)
    expect(statement.params).toEqual([])
    expect(statement.text).toContain("FROM customer_order_fact f")
    expect(statement.text).not.toContain('"order"')
    expect(statement.text).toContain("GROUP BY f.customer_id, f.currency_code")
    expect(statement.text).toContain("c.deleted_at IS NULL")
    for (const column of [
      "customer_id",
      "currency_code",
      "sales_total",
      "order_count",
      "first_order_at",
      "last_order_at",
    ]) {
      expect(statement.text).toContain(column)
    }
  })

  it("limits to some customers with one parameter", () => {
    const statement = salesStatsQuery(["cus_1", "cus_'2"])
    expect(placeholders(statement.text)).toBe(1)
    expect(statement.params).toEqual([JSON.stringify(["cus_1", "cus_'2"])])
    expect(statement.text).toContain("f.customer_id = ANY(")
  })
})

describe("orderCustomersQuery", () => {
  it("finds the customers of the orders, deleted orders included", () => {
    const statement = orderCustomersQuery(["order_1"])
    expect(statement.params).toEqual([JSON.stringify(["order_1"])])
    expect(statement.text).not.toContain("deleted_at")
  })
})

describe("salesStatsRowsQuery", () => {
  it("gives back saved rows from one JSON parameter", () => {
    const rows = [
      {
        customer_id: "cus_1",
        currency_code: "sek",
        sales_total: "1249.90",
        order_count: 2,
        first_order_at: "2026-01-01T00:00:00.000Z",
        last_order_at: "2026-02-01T00:00:00.000Z",
      },
    ]
    const statement = salesStatsRowsQuery(rows)
    expect(placeholders(statement.text)).toBe(1)
    expect(JSON.parse(statement.params[0] as string)).toEqual(rows)
    expect(statement.text).toContain("jsonb_to_recordset(?::jsonb)")
  })
})

describe("customerSummaryQuery", () => {
  it("reads one customer's orders, flags, membership and segments with bound values", () => {
    const now = new Date("2026-06-15T12:00:00Z")
    const statement = customerSummaryQuery("cus_'1", now)
    expect(placeholders(statement.text)).toBe(statement.params.length)
    expect(statement.params.filter((p) => p === "cus_'1")).toHaveLength(5)
    expect(statement.params).toContainEqual(now)
    expect(statement.text).not.toContain("cus_'1")
    expect(statement.text).toContain(COUNTED_ORDER.text)
    expect(statement.text).toContain("o.customer_id = ?")
    expect(statement.text).toContain("sm.left_at IS NULL")
  })
})

import { SEGMENT_FIELDS, SegmentFieldDefinition } from "../catalog"
import { compileSegmentRules } from "../compile"
import { compilePurchaseRuleMatches } from "../purchase-rules"
import { SqlFragment } from "../../lib/sql"
import { parseSegmentRules } from "../validate"

const NOW = new Date("2026-06-15T12:00:00Z")
const options = { timezone: "Europe/Stockholm", now: NOW, marketing_consent_key: "consent" }

/** A distinctive value per kind and operator, to find in the parameters. */
function sampleValue(definition: SegmentFieldDefinition, op: string): unknown {
  if (op === "exists" || op === "not_exists") return undefined
  switch (definition.value_type) {
    case "number":
      return op === "between" ? [1234, 5678] : 4321
    case "date":
      if (op === "in_last_days" || op === "not_in_last_days") return 77
      return op === "between" ? ["2026-01-02", "2026-03-04"] : "2026-05-06"
    case "ids":
      return ["id_'; DROP TABLE customer; --"]
    case "text":
      return op === "in" || op === "not_in" ? ["x'y.se"] : "x'y.se"
    case "boolean":
      return true
    case "metadata":
      return "v'alue"
  }
}

function conditionFor(definition: SegmentFieldDefinition, op: string) {
  const value = sampleValue(definition, op)
  return {
    field: definition.field,
    op,
    ...(value !== undefined && { value }),
    ...(definition.currency === "required" && { currency_code: "sek" }),
    ...(definition.key && { key: "kq_key9" }),
  }
}

const compile = (condition: Record<string, unknown>): SqlFragment => {
  const parsed = parseSegmentRules({ all: [condition] })
  if (parsed.errors) {
    throw new Error(JSON.stringify(parsed.errors))
  }
  return compileSegmentRules(parsed.rules, options)
}

const placeholders = (text: string) => (text.match(/\?/g) ?? []).length

describe("compileSegmentRules", () => {
  const cases = SEGMENT_FIELDS.flatMap((definition) =>
    definition.operators.map((op) => [definition.field, op, definition] as const)
  )

  it.each(cases)("compiles %s %s to one parameterised statement", (_, op, definition) => {
    const statement = compile(conditionFor(definition, op))
    expect(statement.text).toMatch(/^SELECT c\.id AS customer_id\s+FROM customer c/)
    expect(statement.text).toContain("c.deleted_at IS NULL")
    // Values travel as parameters only, one per placeholder.
    expect(placeholders(statement.text)).toBe(statement.params.length)
    expect(statement.text).not.toMatch(/4321|1234|DROP TABLE|x'y|v'alue|kq_key9|2026-0/)
  })

  it("reads the figures of a window from one aggregate of the facts, a column set per window and currency, and the whole history from the kept sales figures", () => {
    const parsed = parseSegmentRules({
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 5000,
          currency_code: "sek",
          window: { days: 365 },
        },
        { field: "order_count", op: "gte", value: 3, currency_code: "sek", window: { days: 365 } },
        { field: "order_count", op: "gte", value: 1 },
      ],
    })
    const { text } = compileSegmentRules(parsed.rules!, options)
    expect(text.match(/FROM customer_order_fact f/g)).toHaveLength(1)
    expect(text).toContain("COALESCE(os.amount_1, 0) >= ?")
    expect(text).toContain("COALESCE(os.orders_1, 0) >= ?")
    // The whole history: the kept figures, a row or two per customer, not every order.
    expect(text).toContain("COALESCE(ls.orders_2, 0) >= ?")
    expect(text).toContain("SUM(s.order_count) AS orders_2")
    expect(text.match(/FROM customer_sales_stats s/g)).toHaveLength(1)
    // Only the figures the conditions read.
    expect(text).not.toMatch(/amount_2|first_at|last_at/)
    // The lone window scope: the WHERE keeps its rows, no FILTER needed.
    expect(text).toContain("SUM(f.total) AS amount_1")
    expect(text).toMatch(
      /WHERE TRUE\s+AND f\.currency_code = \?\s+AND f\.placed_at >= \(SELECT \?::timestamptz/
    )
  })

  it("puts FILTERs on the figures of each window when there are several", () => {
    const parsed = parseSegmentRules({
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 5000,
          currency_code: "sek",
          window: { days: 365 },
        },
        { field: "order_count", op: "gte", value: 2, window: { days: 30 } },
      ],
    })
    const { text } = compileSegmentRules(parsed.rules!, options)
    expect(text).toContain(
      "SUM(f.total) FILTER (WHERE f.currency_code = ? AND f.placed_at >= (SELECT ?::timestamptz"
    )
    expect(text).toContain("COUNT(*) FILTER (WHERE f.placed_at >= (SELECT ?::timestamptz")
    expect(text).not.toContain("customer_sales_stats")
  })

  it("joins all with AND and any with OR, and empty groups as TRUE / FALSE", () => {
    const parsed = parseSegmentRules({
      any: [
        {
          all: [
            { field: "has_account", op: "eq", value: true },
            { field: "marketing_consent", op: "eq", value: false },
          ],
        },
        { all: [] },
        { any: [] },
      ],
    })
    const { text, params } = compileSegmentRules(parsed.rules!, options)
    expect(text).toContain(
      "((c.has_account = ? AND NOT COALESCE(c.metadata -> ? = 'true'::jsonb, false)) OR TRUE OR FALSE)"
    )
    expect(params).toEqual([true, "consent"])
  })

  it("reads whole days in the configured timezone and windows relative to now", () => {
    const { text, params } = compile({
      field: "order_count",
      op: "gte",
      value: 1,
      window: { from: "2026-01-01", to: "2026-01-31" },
    })
    // Each bound a scalar subquery: computed once, not per order row.
    expect(text).toContain("f.placed_at >= (SELECT (?::date)::timestamp AT TIME ZONE ?)")
    expect(text).toContain("f.placed_at < (SELECT (?::date + 1)::timestamp AT TIME ZONE ?)")
    expect(params).toEqual(expect.arrayContaining(["2026-01-01", "2026-01-31", "Europe/Stockholm"]))

    const relative = compile({ field: "last_order_at", op: "in_last_days", value: 30 })
    expect(relative.text).toContain(
      "ls.last_at_1 >= (SELECT ?::timestamptz - make_interval(hours => ?::int * 24))"
    )
    expect(relative.params).toEqual(expect.arrayContaining([NOW, 30]))
  })

  it("counts purchases with quantity and order thresholds, and none for not_in", () => {
    const bought = compile({
      field: "purchased_category",
      op: "in",
      value: ["pcat_1"],
      min_quantity: 3,
      min_orders: 2,
    })
    expect(bought.text).toContain(
      "string_to_array(pc.mpath, '.') && ARRAY(SELECT jsonb_array_elements_text(?::jsonb))"
    )
    expect(bought.text).toContain(
      "(COALESCE(p1.quantity_1, 0) >= ? AND COALESCE(p1.orders_1, 0) >= ?)"
    )
    expect(bought.params).toEqual(expect.arrayContaining(['["pcat_1"]', 3, 2]))

    const notBought = compile({ field: "purchased_product", op: "not_in", value: ["prod_1"] })
    expect(notBought.text).toContain("COALESCE(p1.quantity_1, 0) = 0")
  })

  it("reads purchases of the same targets once, with a column pair per window", () => {
    const parsed = parseSegmentRules({
      all: [
        { field: "purchased_collection", op: "in", value: ["pcol_1"], window: { days: 90 } },
        { field: "purchased_collection", op: "not_in", value: ["pcol_1"], window: { days: 30 } },
        { field: "purchased_collection", op: "in", value: ["pcol_2"] },
      ],
    })
    const { text, params } = compileSegmentRules(parsed.rules!, options)
    expect(text.match(/FROM customer_order_line_fact f/g)).toHaveLength(2)
    expect(text).toContain(
      "SUM(f.quantity) FILTER (WHERE f.placed_at >= (SELECT ?::timestamptz - make_interval(hours => ?::int * 24))) AS quantity_2"
    )
    expect(text).toContain("COALESCE(p1.quantity_2, 0) = 0")
    expect(text).toContain("COALESCE(p2.quantity_1, 0) >= ?")
    // One lower bound for the scan: the earliest start of the windows.
    expect(text).toContain(
      "AND f.placed_at >= LEAST((SELECT ?::timestamptz - make_interval(hours => ?::int * 24)), (SELECT ?::timestamptz"
    )
    // The collection's products as an array, for index ranges per product.
    expect(text).toContain("f.product_id = ANY(ARRAY(\n             SELECT pr.id FROM product pr")
    expect(placeholders(text)).toBe(params.length)
  })

  it("scans the order facts of one currency from the earliest window start when every scope has both", () => {
    const parsed = parseSegmentRules({
      all: [
        { field: "total_spent", op: "gte", value: 1, currency_code: "sek", window: { days: 30 } },
        {
          field: "order_count",
          op: "gte",
          value: 2,
          currency_code: "sek",
          window: { from: "2026-01-01", to: "2026-02-01" },
        },
      ],
    })
    const { text, params } = compileSegmentRules(parsed.rules!, options)
    expect(text).toContain(
      "AND f.currency_code = ?\n       AND f.placed_at >= LEAST((SELECT ?::timestamptz - make_interval(hours => ?::int * 24)), (SELECT (?::date)::timestamp AT TIME ZONE ?))"
    )
    expect(placeholders(text)).toBe(params.length)
  })

  it("reads the order facts, never Medusa's order tables", () => {
    const parsed = parseSegmentRules({
      all: [
        { field: "total_spent", op: "gte", value: 1, currency_code: "sek" },
        { field: "purchased_variant", op: "in", value: ["variant_1"] },
      ],
    })
    const { text } = compileSegmentRules(parsed.rules!, options)
    expect(text).not.toMatch(/"order"|order_summary|order_item|order_line_item/)
  })

  it("restricts the outer scan and every aggregate to customer_ids", () => {
    const parsed = parseSegmentRules({
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 5000,
          currency_code: "sek",
          window: { days: 365 },
        },
        { field: "last_order_at", op: "in_last_days", value: 30 },
        { field: "purchased_product", op: "in", value: ["prod_1"], window: { days: 90 } },
        { field: "purchased_category", op: "not_in", value: ["pcat_1"] },
        { field: "has_flag", op: "in", value: ["cflag_1"] },
      ],
    })
    const customers = ["cus_1", "cus_'; DROP TABLE customer; --"]
    const all = compileSegmentRules(parsed.rules!, options)
    const some = compileSegmentRules(parsed.rules!, { ...options, customer_ids: customers })
    expect(all.text).not.toContain("customer_id = ANY")
    expect(all.text).not.toContain("c.id = ANY")
    // The order aggregate and two purchase scopes, each restricted, the kept
    // sales figures, and the customer scan.
    expect(
      some.text.match(
        /f\.customer_id = ANY\(ARRAY\(SELECT jsonb_array_elements_text\(\?::jsonb\)\)\)/g
      )
    ).toHaveLength(3)
    expect(some.text).toMatch(
      /s\.customer_id = ANY\(ARRAY\(SELECT jsonb_array_elements_text\(\?::jsonb\)\)\)/
    )
    expect(some.text).toMatch(/WHERE c\.deleted_at IS NULL\s+AND c\.id = ANY\(ARRAY/)
    expect(placeholders(some.text)).toBe(some.params.length)
    expect(some.text).not.toMatch(/cus_|DROP TABLE/)
    expect(some.params.filter((param) => param === JSON.stringify(customers))).toHaveLength(5)
  })

  it("keeps an empty customer_ids an empty statement, not every customer", () => {
    const parsed = parseSegmentRules({ all: [{ field: "order_count", op: "gte", value: 0 }] })
    const { text, params } = compileSegmentRules(parsed.rules!, { ...options, customer_ids: [] })
    expect(text).toContain("c.id = ANY(")
    expect(params).toContain("[]")
  })
})

describe("compilePurchaseRuleMatches", () => {
  it("checks every rule against the order in one statement", () => {
    const { text, params } = compilePurchaseRuleMatches(
      [
        { flag_id: "cflag_1", rule: { product_ids: ["prod_1"], min_quantity: 2 } },
        { flag_id: "cflag_2", rule: { collection_ids: ["pcol_1"], window: { days: 30 } } },
      ],
      { id: "order_1", customer_id: "cus_1" },
      { timezone: "UTC", now: NOW }
    )
    expect(text.match(/UNION ALL/g)).toHaveLength(1)
    expect(placeholders(text)).toBe(params.length)
    expect(text).not.toMatch(/cflag_|order_1|cus_1|prod_1|pcol_1/)
    expect(params).toEqual(
      expect.arrayContaining(["cflag_1", "cflag_2", "order_1", "cus_1", 2, 30])
    )
    expect(text.match(/FROM customer_order_line_fact f/g)).toHaveLength(2)
    expect(text).not.toMatch(/"order"|order_item|order_line_item/)
  })
})

import { parseSegmentRules } from "../validate"

const paths = (input: unknown) => (parseSegmentRules(input).errors ?? []).map((error) => error.path)

describe("parseSegmentRules", () => {
  it("accepts nested groups and normalises currencies and domains", () => {
    const parsed = parseSegmentRules({
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 5000,
          currency_code: "SEK",
          window: { days: 365 },
        },
        { any: [{ field: "email_domain", op: "in", value: [" Corp.COM "] }, { all: [] }] },
      ],
    })
    expect(parsed.errors).toBeUndefined()
    expect(parsed.rules).toEqual({
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 5000,
          currency_code: "sek",
          window: { days: 365 },
        },
        { any: [{ field: "email_domain", op: "in", value: ["corp.com"] }, { all: [] }] },
      ],
    })
  })

  it("names the path of every problem", () => {
    expect(
      paths({
        all: [
          { field: "order_count", op: "gte", value: 1 },
          { field: "nope", op: "eq" },
          { field: "tier", op: "gte", value: ["t"] },
          { any: [{ field: "has_account", op: "eq", value: "yes" }] },
        ],
      })
    ).toEqual(["rules.all[1].field", "rules.all[2].op", "rules.all[3].any[0].value"])
  })

  it("requires a group at the root, and one joiner per group", () => {
    expect(paths([{ field: "has_account" }])).toEqual(["rules"])
    expect(paths({ all: [], any: [] })).toEqual(["rules"])
    expect(paths({ all: {} })).toEqual(["rules.all"])
    expect(paths({ all: [42] })).toEqual(["rules.all[0]"])
  })

  it("checks options against the field", () => {
    const one = (condition: Record<string, unknown>) => paths({ all: [condition] })
    expect(one({ field: "total_spent", op: "gte", value: 1 })).toEqual([
      "rules.all[0].currency_code",
    ])
    expect(one({ field: "total_spent", op: "gte", value: 1, currency_code: "kronor" })).toEqual([
      "rules.all[0].currency_code",
    ])
    expect(one({ field: "has_account", op: "eq", value: true, currency_code: "sek" })).toEqual([
      "rules.all[0].currency_code",
    ])
    expect(
      one({ field: "created_at", op: "after", value: "2026-01-01", window: { days: 1 } })
    ).toEqual(["rules.all[0].window"])
    expect(one({ field: "order_count", op: "gte", value: 1, window: { days: 1.5 } })).toEqual([
      "rules.all[0].window.days",
    ])
    expect(
      one({ field: "order_count", op: "gte", value: 1, window: { days: 1, from: "2026-01-01" } })
    ).toEqual(["rules.all[0].window"])
    expect(
      one({
        field: "order_count",
        op: "gte",
        value: 1,
        window: { from: "2026-02-01", to: "2026-01-01" },
      })
    ).toEqual(["rules.all[0].window"])
    expect(
      one({ field: "order_count", op: "gte", value: 1, window: { since: "2026-01-01" } })
    ).toEqual(["rules.all[0].window.since"])
    expect(
      one({ field: "purchased_product", op: "not_in", value: ["p"], min_quantity: 2 })
    ).toEqual(["rules.all[0].min_quantity"])
    expect(one({ field: "purchased_product", op: "in", value: ["p"], min_orders: 0 })).toEqual([
      "rules.all[0].min_orders",
    ])
    expect(one({ field: "metadata", op: "eq", value: "x" })).toEqual(["rules.all[0].key"])
    expect(one({ field: "metadata", op: "exists", key: "k", value: "x" })).toEqual([
      "rules.all[0].value",
    ])
    expect(one({ field: "email_domain", op: "eq", value: "a.se", key: "k" })).toEqual([
      "rules.all[0].key",
    ])
    expect(one({ field: "order_count", op: "gte", value: 1, extra: true })).toEqual([
      "rules.all[0].extra",
    ])
  })

  it("checks values by kind and operator", () => {
    const value = (field: string, op: string, v: unknown) =>
      paths({ all: [{ field, op, value: v }] })
    expect(value("order_count", "between", [5, 1])).toEqual(["rules.all[0].value"])
    expect(value("order_count", "between", [1, 5])).toEqual([])
    expect(value("order_count", "gte", "5")).toEqual(["rules.all[0].value"])
    expect(value("created_at", "in_last_days", 0)).toEqual(["rules.all[0].value"])
    expect(value("created_at", "before", "2026-13-01")).toEqual(["rules.all[0].value"])
    expect(value("created_at", "before", "2026-01-01T10:00:00+01:00")).toEqual([])
    expect(value("created_at", "between", ["2026-02-01", "2026-01-01"])).toEqual([
      "rules.all[0].value",
    ])
    expect(value("has_flag", "in", [])).toEqual(["rules.all[0].value"])
    expect(value("has_flag", "in", [""])).toEqual(["rules.all[0].value"])
    expect(value("has_account", "eq", "true")).toEqual(["rules.all[0].value"])
    expect(paths({ all: [{ field: "last_order_at", op: "exists" }] })).toEqual([])
    expect(paths({ all: [{ field: "last_order_at", op: "before" }] })).toEqual([
      "rules.all[0].value",
    ])
  })

  it("limits depth and size", () => {
    let deep: Record<string, unknown> = { all: [] }
    for (let i = 0; i < 8; i++) {
      deep = { all: [deep] }
    }
    expect(parseSegmentRules(deep).errors?.[0].message).toMatch(/nested at most/)
    const many = {
      any: Array.from({ length: 101 }, () => ({ field: "has_account", op: "eq", value: true })),
    }
    expect(parseSegmentRules(many).errors?.[0].message).toMatch(/at most 100 conditions/)
  })
})

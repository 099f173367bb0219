import { SEGMENT_FIELDS } from "../catalog"
import { SEGMENT_FIELD_CHANGE_KIND, segmentChangeKinds, segmentDependsOn } from "../dependencies"
import { SegmentCondition, SegmentRules } from "../types"

const spent = { field: "total_spent", op: "gte", value: 5000, currency_code: "sek" } as const
const flagged = { field: "has_flag", op: "in", value: ["cflag_vip"] } as const
const consent = { field: "marketing_consent", op: "eq", value: true } as const

describe("segmentChangeKinds", () => {
  it("knows every field of the catalogue", () => {
    for (const definition of SEGMENT_FIELDS) {
      expect([definition.field, SEGMENT_FIELD_CHANGE_KIND[definition.field]]).toEqual([
        definition.field,
        expect.any(String),
      ])
    }
  })

  it("maps every order field to orders", () => {
    for (const field of [
      "total_spent",
      "order_count",
      "first_order_at",
      "last_order_at",
      "purchased_product",
      "purchased_variant",
      "purchased_collection",
      "purchased_category",
    ]) {
      expect(segmentChangeKinds({ all: [{ field, op: "exists" } as SegmentCondition] })).toEqual([
        "orders",
      ])
    }
  })

  it("collects the kinds of nested groups once each, in a stable order", () => {
    const rules: SegmentRules = {
      any: [
        consent,
        { all: [spent, { any: [flagged, { field: "tier", op: "in", value: ["ltier_gold"] }] }] },
        { all: [{ field: "order_count", op: "gte", value: 3 }] },
        { field: "customer_group", op: "not_in", value: ["cusgroup_1"] },
      ],
    } as SegmentRules
    expect(segmentChangeKinds(rules)).toEqual(["orders", "flags", "groups", "points", "customer"])
  })

  it("finds nothing in empty groups, and only what is there otherwise", () => {
    expect(segmentChangeKinds({ all: [] })).toEqual([])
    expect(segmentChangeKinds({ any: [{ all: [] }] })).toEqual([])
    expect(segmentChangeKinds({ all: [consent] } as SegmentRules)).toEqual(["customer"])
    expect(segmentChangeKinds({ all: [flagged, consent] } as SegmentRules)).toEqual([
      "flags",
      "customer",
    ])
  })

  it("makes an unknown field depend on every kind", () => {
    expect(
      segmentChangeKinds({
        all: [{ field: "shoe_size", op: "eq", value: 42 } as unknown as SegmentCondition],
      })
    ).toEqual(["orders", "flags", "groups", "points", "customer"])
  })

  it("answers segmentDependsOn per kind", () => {
    const rules = { all: [spent, consent] } as SegmentRules
    expect(segmentDependsOn(rules, "orders")).toBe(true)
    expect(segmentDependsOn(rules, "customer")).toBe(true)
    expect(segmentDependsOn(rules, "flags")).toBe(false)
    expect(segmentDependsOn(rules, "points")).toBe(false)
  })
})

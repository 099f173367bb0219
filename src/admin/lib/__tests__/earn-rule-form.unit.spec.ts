import {
  earnRuleFormSchema,
  EarnRuleFormValues,
  emptyTarget,
  toEarnRuleFormValues,
  toEarnRulePayload,
} from "../earn-rule-form"
import { LoyaltyEarnRule } from "../types"
import { schemaErrors } from "./schema-errors"

const rule: LoyaltyEarnRule = {
  id: "lrule_1",
  name: "Double points in December",
  target: { type: "collection", id: "pcol_1" },
  points_per_item: null,
  multiplier: 2,
  starts_at: "2026-12-01T00:00:00.000Z",
  ends_at: "2026-12-24T22:59:59.999Z",
  is_active: true,
  created_at: "2026-11-01T00:00:00.000Z",
}

const form = (changes: Partial<EarnRuleFormValues>) => ({
  ...toEarnRuleFormValues(rule, "Tickets"),
  ...changes,
})
const errors = (changes: Partial<EarnRuleFormValues>) =>
  schemaErrors(earnRuleFormSchema, form(changes))

const december = (day: number) => new Date(2026, 11, day)

describe("the earn rule form", () => {
  it("starts from the rule, with its target's name when known", () => {
    expect(toEarnRuleFormValues(rule, "Tickets")).toEqual({
      name: "Double points in December",
      target: { ...emptyTarget("collection"), id: "pcol_1", label: "Tickets" },
      mode: "multiplier",
      points_per_item: "",
      multiplier: "2",
      starts_at: new Date(rule.starts_at!),
      ends_at: new Date(rule.ends_at!),
      is_active: true,
    })
    expect(toEarnRuleFormValues(rule).target.label).toBe("pcol_1")
  })

  it("starts a new rule on everything, points per item, active and always", () => {
    expect(toEarnRuleFormValues()).toEqual({
      name: "",
      target: emptyTarget("all"),
      mode: "points_per_item",
      points_per_item: "",
      multiplier: "2",
      starts_at: null,
      ends_at: null,
      is_active: true,
    })
  })

  it("accepts a filled rule", () => {
    expect(errors({})).toEqual({})
    expect(errors({ mode: "points_per_item", points_per_item: "50", multiplier: "abc" })).toEqual(
      {}
    )
    expect(errors({ target: emptyTarget("all"), starts_at: null, ends_at: null })).toEqual({})
  })

  it("says what is missing in an empty one", () => {
    expect(schemaErrors(earnRuleFormSchema, toEarnRuleFormValues())).toEqual({
      name: 'Give the rule a name, e.g. "Double points in December".',
      points_per_item: "Use a whole number of points, 1 or more.",
    })
  })

  it("asks for the target picked, a variant through its product", () => {
    expect(errors({ target: emptyTarget("product") })).toEqual({
      target: "Pick what the rule applies to.",
    })
    expect(errors({ target: { ...emptyTarget("variant"), productId: "prod_1" } })).toEqual({
      target: "Pick a product, then one of its variants.",
    })
    expect(errors({ target: { ...emptyTarget("service"), id: "prod_1" } })).toEqual({})
  })

  it("asks for whole points of 1 or more, or a factor above 0 and at most 100: only the one chosen", () => {
    for (const bad of ["", "0", "-3", "1.5", "abc"]) {
      expect(errors({ mode: "points_per_item", points_per_item: bad })).toEqual({
        points_per_item: "Use a whole number of points, 1 or more.",
      })
    }
    for (const bad of ["", "0", "-1", "100.5", "abc"]) {
      expect(errors({ mode: "multiplier", multiplier: bad, points_per_item: "abc" })).toEqual({
        multiplier: "Use a factor greater than 0 and at most 100, e.g. 2 or 1.5.",
      })
    }
    expect(errors({ mode: "multiplier", multiplier: "0.5" })).toEqual({})
    expect(errors({ mode: "multiplier", multiplier: "100" })).toEqual({})
  })

  it("asks for an end after the start; one day, or only one end, is fine", () => {
    expect(errors({ starts_at: december(10), ends_at: december(9) })).toEqual({
      ends_at: "The end must come after the start.",
    })
    expect(errors({ starts_at: december(10), ends_at: december(10) })).toEqual({})
    expect(errors({ starts_at: december(10), ends_at: null })).toEqual({})
    expect(errors({ starts_at: null, ends_at: december(9) })).toEqual({})
  })

  it("sends the chosen points only, the target without its names, whole days", () => {
    expect(
      toEarnRulePayload(
        form({
          name: " Tickets x2 ",
          mode: "points_per_item",
          points_per_item: "50",
          starts_at: new Date(2026, 11, 1, 15, 30),
          ends_at: december(24),
          is_active: false,
        })
      )
    ).toEqual({
      name: "Tickets x2",
      target: { type: "collection", id: "pcol_1" },
      points_per_item: 50,
      multiplier: null,
      starts_at: new Date(2026, 11, 1, 0, 0, 0, 0).toISOString(),
      ends_at: new Date(2026, 11, 24, 23, 59, 59, 999).toISOString(),
      is_active: false,
    })
    expect(
      toEarnRulePayload(
        form({ target: { ...emptyTarget("all"), id: "stale" }, starts_at: null, ends_at: null })
      )
    ).toMatchObject({
      target: { type: "all", id: null },
      points_per_item: null,
      multiplier: 2,
      starts_at: null,
      ends_at: null,
    })
  })
})

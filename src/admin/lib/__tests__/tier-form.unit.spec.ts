import { tierFormSchema, toTierFormValues, toTierPayload, TierFormValues } from "../tier-form"
import { LoyaltyTier } from "../types"
import { schemaErrors } from "./schema-errors"

const gold: LoyaltyTier = {
  id: "ltier_1",
  name: "Gold",
  min_points: 1000,
  basis: "rolling_12_months",
  rank: 3,
  description: "10% off",
  points_multiplier: 1.5,
}

const form = (changes: Partial<TierFormValues>) => ({ ...toTierFormValues(gold, 1), ...changes })
const errors = (changes: Partial<TierFormValues>) => schemaErrors(tierFormSchema, form(changes))

describe("the tier form", () => {
  it("starts from the tier, or empty with the rank given", () => {
    expect(toTierFormValues(gold, 9)).toEqual({
      name: "Gold",
      min_points: "1000",
      basis: "rolling_12_months",
      rank: "3",
      points_multiplier: "1.5",
      description: "10% off",
    })
    expect(toTierFormValues(undefined, 4)).toEqual({
      name: "",
      min_points: "",
      basis: "lifetime",
      rank: "4",
      points_multiplier: "",
      description: "",
    })
  })

  it("accepts a filled tier, and an empty multiplier", () => {
    expect(errors({})).toEqual({})
    expect(errors({ points_multiplier: "" })).toEqual({})
    expect(errors({ min_points: "0", rank: "0", points_multiplier: "100" })).toEqual({})
  })

  it("asks for a name", () => {
    expect(errors({ name: "  " })).toEqual({ name: "Give the tier a name." })
  })

  it("asks for whole numbers of 0 or more for the points and the rank", () => {
    for (const bad of ["", " ", "-1", "1.5", "abc", "1000000001"]) {
      expect(errors({ min_points: bad, rank: bad })).toEqual({
        min_points: "Use a whole number of points, 0 or more.",
        rank: "Use a whole number, 0 or more.",
      })
    }
  })

  it("asks for a multiplier above 0 and at most 100", () => {
    for (const bad of ["0", "-1", "100.5", "abc"]) {
      expect(errors({ points_multiplier: bad })).toEqual({
        points_multiplier: "Use a number above 0 and at most 100, such as 1.5.",
      })
    }
  })

  it("sends numbers, null for an empty multiplier or description, the name trimmed", () => {
    expect(
      toTierPayload(form({ name: " Gold ", description: " ", points_multiplier: " " }))
    ).toEqual({
      name: "Gold",
      min_points: 1000,
      basis: "rolling_12_months",
      rank: 3,
      points_multiplier: null,
      description: null,
    })
    expect(toTierPayload(form({}))).toMatchObject({
      points_multiplier: 1.5,
      description: "10% off",
    })
  })
})

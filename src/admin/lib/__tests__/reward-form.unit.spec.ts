import {
  rewardFormSchema,
  RewardFormValues,
  toRewardFormValues,
  toRewardPayload,
} from "../reward-form"
import { LoyaltyReward } from "../types"
import { schemaErrors } from "./schema-errors"

const reward: LoyaltyReward = {
  id: "lrew_1",
  name: "50 SEK off",
  description: null,
  points_cost: 500,
  kind: "gift_card",
  amount: 50,
  currency_code: "SEK",
  is_active: false,
}

const form = (changes: Partial<RewardFormValues>) => ({ ...toRewardFormValues(reward), ...changes })
const errors = (changes: Partial<RewardFormValues>) => schemaErrors(rewardFormSchema, form(changes))

describe("the reward form", () => {
  it("starts from the reward, or empty and active as a code", () => {
    expect(toRewardFormValues(reward)).toEqual({
      name: "50 SEK off",
      description: "",
      points_cost: "500",
      kind: "gift_card",
      amount: "50",
      currency_code: "sek",
      is_active: false,
    })
    expect(toRewardFormValues()).toEqual({
      name: "",
      description: "",
      points_cost: "",
      kind: "promotion_code",
      amount: "",
      currency_code: "",
      is_active: true,
    })
  })

  it("accepts a filled reward", () => {
    expect(errors({})).toEqual({})
    expect(errors({ points_cost: "1", amount: "0.5" })).toEqual({})
  })

  it("says what is missing in an empty one", () => {
    expect(schemaErrors(rewardFormSchema, toRewardFormValues())).toEqual({
      name: "Give the reward a name.",
      points_cost: "Use a whole number of points, 1 or more.",
      amount: "Use an amount greater than 0.",
      currency_code: "Choose the currency of the amount.",
    })
  })

  it("asks for a whole number of points of 1 or more", () => {
    for (const bad of ["0", "-5", "2.5", "abc", " "]) {
      expect(errors({ points_cost: bad })).toEqual({
        points_cost: "Use a whole number of points, 1 or more.",
      })
    }
  })

  it("asks for an amount greater than 0", () => {
    for (const bad of ["0", "-1", "abc", " "]) {
      expect(errors({ amount: bad })).toEqual({ amount: "Use an amount greater than 0." })
    }
  })

  it("sends numbers, the name trimmed, null for no description, the currency in lower case", () => {
    expect(toRewardPayload(form({ name: " Coffee ", currency_code: "EUR" }))).toEqual({
      name: "Coffee",
      description: null,
      points_cost: 500,
      kind: "gift_card",
      amount: 50,
      currency_code: "eur",
      is_active: false,
    })
  })
})

import {
  loyaltySettingsFormSchema,
  LoyaltySettingsFormValues,
  rateDraft,
  toLoyaltySettings,
  toLoyaltySettingsFormValues,
} from "../loyalty-settings-form"
import { LoyaltySettings } from "../types"
import { schemaErrors } from "./schema-errors"

const settings: LoyaltySettings = {
  points_per_currency: { sek: 1, eur: 10 },
  pending_days: 14,
  booking_pending_hours: 24,
  expiry_months: null,
  min_redeem: 100,
}

const form = (changes: Partial<LoyaltySettingsFormValues>) => ({
  ...toLoyaltySettingsFormValues(settings),
  ...changes,
})
const errors = (changes: Partial<LoyaltySettingsFormValues>) =>
  schemaErrors(loyaltySettingsFormSchema, form(changes))

const RATES_MESSAGE = "Each row needs a 3-letter currency code and a number of points of 0 or more."

describe("the loyalty settings form", () => {
  it("starts from the settings: codes in upper case, 12 months offered when points never expire", () => {
    const values = toLoyaltySettingsFormValues(settings)
    expect(values.rates.map(({ code, points }) => ({ code, points }))).toEqual([
      { code: "SEK", points: "1" },
      { code: "EUR", points: "10" },
    ])
    expect(values).toMatchObject({
      pending_days: "14",
      booking_pending_hours: "24",
      expires: "never",
      expiry_months: "12",
      min_redeem: "100",
    })
    expect(toLoyaltySettingsFormValues({ ...settings, expiry_months: 6 })).toMatchObject({
      expires: "months",
      expiry_months: "6",
    })
  })

  it("accepts the settings as they are, and no currencies at all", () => {
    expect(errors({})).toEqual({})
    expect(errors({ rates: [] })).toEqual({})
  })

  it("asks for a 3-letter code and points of 0 or more on each row", () => {
    for (const row of [
      rateDraft("SE", "1"),
      rateDraft("", "1"),
      rateDraft("SEK", ""),
      rateDraft("SEK", "-1"),
      rateDraft("SEK", "abc"),
      rateDraft("SEK", "10001"),
    ]) {
      expect(errors({ rates: [rateDraft("EUR", "2"), row] })).toEqual({ rates: RATES_MESSAGE })
    }
    expect(errors({ rates: [rateDraft("SEK", "0"), rateDraft("EUR", "0.5")] })).toEqual({})
  })

  it("lists a currency once", () => {
    expect(errors({ rates: [rateDraft("SEK", "1"), rateDraft("SEK", "2")] })).toEqual({
      rates: "Each currency can only be listed once.",
    })
  })

  it("asks for whole numbers within the pending periods' bounds", () => {
    for (const bad of ["", "-1", "366", "1.5"]) {
      expect(errors({ pending_days: bad })).toEqual({
        pending_days: "Use a whole number of days from 0 to 365.",
      })
    }
    for (const bad of ["", "-1", "721", "2.5"]) {
      expect(errors({ booking_pending_hours: bad })).toEqual({
        booking_pending_hours: "Use a whole number of hours from 0 to 720.",
      })
    }
    expect(errors({ pending_days: "365", booking_pending_hours: "720" })).toEqual({})
  })

  it("checks the months only when points expire", () => {
    expect(errors({ expires: "never", expiry_months: "0" })).toEqual({})
    for (const bad of ["", "0", "121", "1.5"]) {
      expect(errors({ expires: "months", expiry_months: bad })).toEqual({
        expiry_months: "Use a whole number of months from 1 to 120.",
      })
    }
    expect(errors({ expires: "months", expiry_months: "120" })).toEqual({})
  })

  it("asks for a whole minimum of 0 or more", () => {
    for (const bad of ["", "-1", "0.5"]) {
      expect(errors({ min_redeem: bad })).toEqual({
        min_redeem: "Use a whole number of points, 0 or more.",
      })
    }
  })

  it("sends the rates by lower-case code, and null months when points never expire", () => {
    expect(toLoyaltySettings(form({}))).toEqual(settings)
    expect(toLoyaltySettings(form({ expires: "months", expiry_months: "18" }))).toMatchObject({
      expiry_months: 18,
    })
  })
})

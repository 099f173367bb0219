import {
  B2BProfileFormValues,
  b2bFieldError,
  b2bProfileFormSchema,
  normaliseWebsite,
  toB2BFormValues,
  toB2BProfilePayload,
} from "../b2b-profile-form"
import { B2BProfile } from "../types"
import { schemaErrors } from "./schema-errors"

const validateB2BProfile = (values: B2BProfileFormValues) =>
  schemaErrors(b2bProfileFormSchema, values)

const profile: B2BProfile = {
  id: "cbiz_1",
  customer_id: "cus_1",
  company: "Nordscen AB",
  organisation_number: "556677-8899",
  website: "https://nordscen.se",
  allowed_outstanding_amount: 25000,
  currency_code: "sek",
  max_payment_days: 30,
  risk_rating: "low",
  metadata: null,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
}

const form = (changes: Partial<B2BProfileFormValues>, from: B2BProfile | null = profile) => ({
  ...toB2BFormValues(from, "sek"),
  ...changes,
})

describe("the B2B profile form", () => {
  it("starts from the saved profile, or empty in the store's currency", () => {
    expect(toB2BFormValues(profile)).toEqual({
      company: "Nordscen AB",
      organisation_number: "556677-8899",
      website: "https://nordscen.se",
      allowed_outstanding_amount: "25000",
      currency_code: "sek",
      max_payment_days: "30",
      risk_rating: "low",
    })
    expect(toB2BFormValues(null, "eur")).toMatchObject({
      company: "",
      currency_code: "eur",
      risk_rating: "",
    })
  })

  it("sends only what changed, null for a cleared field", () => {
    expect(
      toB2BProfilePayload(form({ company: " Nordscen Group AB ", website: "" }), profile)
    ).toEqual({
      company: "Nordscen Group AB",
      website: null,
    })
    expect(toB2BProfilePayload(form({}), profile)).toEqual({})
  })

  it("sends the amount and its currency together", () => {
    expect(toB2BProfilePayload(form({ currency_code: "eur" }), profile)).toEqual({
      allowed_outstanding_amount: 25000,
      currency_code: "eur",
    })
    expect(toB2BProfilePayload(form({ allowed_outstanding_amount: "1250.50" }), profile)).toEqual({
      allowed_outstanding_amount: 1250.5,
      currency_code: "sek",
    })
    expect(toB2BProfilePayload(form({ allowed_outstanding_amount: "" }), profile)).toEqual({
      allowed_outstanding_amount: null,
      currency_code: null,
    })
  })

  it("sends what is filled in for a new profile", () => {
    expect(
      toB2BProfilePayload(
        form({ company: "Acme", website: "acme.se", risk_rating: "high" }, null),
        null
      )
    ).toEqual({
      company: "Acme",
      website: "https://acme.se",
      risk_rating: "high",
    })
  })

  it("checks the fields as the server does", () => {
    expect(validateB2BProfile(form({}))).toEqual({})
    expect(
      validateB2BProfile(
        form({
          company: "x".repeat(201),
          organisation_number: "1".repeat(51),
          website: "not a website",
          allowed_outstanding_amount: "12.345",
          max_payment_days: "366",
        })
      )
    ).toEqual({
      company: "At most 200 characters.",
      organisation_number: "At most 50 characters.",
      website: "Use a web address, such as https://example.com.",
      allowed_outstanding_amount:
        "Use an amount from 0 to 1,000,000,000,000, with at most 2 decimals.",
      max_payment_days: "Use a whole number of days from 0 to 365.",
    })
    expect(validateB2BProfile(form({ max_payment_days: "7.5" })).max_payment_days).toBeDefined()
    expect(validateB2BProfile(form({ max_payment_days: "0" }))).toEqual({})
    expect(validateB2BProfile(form({ currency_code: "" })).currency_code).toBe(
      "Choose the currency of the amount."
    )
    // An amount that is wrong is told first; its currency after.
    expect(
      validateB2BProfile(form({ allowed_outstanding_amount: "-5", currency_code: "" }))
    ).toEqual({
      allowed_outstanding_amount:
        "Use an amount from 0 to 1,000,000,000,000, with at most 2 decimals.",
    })
    expect(validateB2BProfile(form({ allowed_outstanding_amount: "", currency_code: "" }))).toEqual(
      {}
    )
    expect(validateB2BProfile(form({ website: "acme.se", max_payment_days: "" }))).toEqual({})
  })

  it("reads a web address as staff type it", () => {
    expect(normaliseWebsite(" acme.se ")).toBe("https://acme.se")
    expect(normaliseWebsite("http://acme.se/about")).toBe("http://acme.se/about")
    expect(normaliseWebsite("")).toBe("")
  })

  it("puts a 400 under the field it names, in the plugin's words or Medusa's", () => {
    expect(b2bFieldError(new Error("Invalid request: Field 'website' must be a URL"))).toEqual({
      field: "website",
      message: "Field 'website' must be a URL",
    })
    expect(
      b2bFieldError(
        new Error(
          "Invalid request: Unrecognized fields: 'foo'; Number must be less than or equal to 365 for field 'max_payment_days'"
        )
      )
    ).toEqual({
      field: "max_payment_days",
      message: "Number must be less than or equal to 365 for field 'max_payment_days'",
    })
    expect(b2bFieldError(new Error("Field 'customer_id' is unknown"))).toBeNull()
    expect(b2bFieldError(new Error("Something else broke"))).toBeNull()
    expect(b2bFieldError(null)).toBeNull()
  })
})

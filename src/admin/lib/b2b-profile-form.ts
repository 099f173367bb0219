import { z } from "zod"
import {
  MAX_COMPANY,
  MAX_ORGANISATION_NUMBER,
  MAX_OUTSTANDING_AMOUNT,
  MAX_PAYMENT_DAYS,
  allowedOutstandingAmount,
  b2bCompany,
  b2bOrganisationNumber,
  b2bWebsite,
  maxPaymentDays,
} from "../../lib/schemas/b2b-profile"
import { numberOf, numberText, passes } from "./form-rules"
import { B2BProfile, B2BProfilePayload, RiskRating } from "./types"
import { withoutRequestPrefix } from "./request-error"

export { MAX_COMPANY, MAX_ORGANISATION_NUMBER, MAX_PAYMENT_DAYS }

export const RISK_RATINGS: {
  value: RiskRating
  label: string
  color: "green" | "orange" | "red"
}[] = [
  { value: "low", label: "Low risk", color: "green" },
  { value: "medium", label: "Medium risk", color: "orange" },
  { value: "high", label: "High risk", color: "red" },
]

export const riskRatingOf = (rating: RiskRating) =>
  RISK_RATINGS.find((entry) => entry.value === rating) ?? RISK_RATINGS[0]

/** The profile as the form holds it: text as typed, "" for nothing. */
export type B2BProfileFormValues = {
  company: string
  organisation_number: string
  website: string
  allowed_outstanding_amount: string
  currency_code: string
  max_payment_days: string
  risk_rating: RiskRating | ""
}

export const toB2BFormValues = (
  profile: B2BProfile | null | undefined,
  defaultCurrency = ""
): B2BProfileFormValues => ({
  company: profile?.company ?? "",
  organisation_number: profile?.organisation_number ?? "",
  website: profile?.website ?? "",
  allowed_outstanding_amount:
    profile?.allowed_outstanding_amount != null
      ? String(Number(profile.allowed_outstanding_amount))
      : "",
  currency_code: profile?.currency_code ?? defaultCurrency,
  max_payment_days: profile?.max_payment_days != null ? String(profile.max_payment_days) : "",
  risk_rating: profile?.risk_rating ?? "",
})

/** A website as staff type it ("acme.se") as the address it is ("https://acme.se"). */
export const normaliseWebsite = (value: string) => {
  const website = value.trim()
  if (!website || /^[a-z][a-z0-9+.-]*:\/\//i.test(website)) {
    return website
  }
  return `https://${website}`
}

const AMOUNT_RULE = `Use an amount from 0 to ${MAX_OUTSTANDING_AMOUNT.toLocaleString("en-US")}, with at most 2 decimals.`

/** The API's checks of each field (src/lib/schemas/b2b-profile), said before it does. */
export const b2bProfileFormSchema = z
  .object({
    company: z.string().refine(passes(b2bCompany), `At most ${MAX_COMPANY} characters.`),
    organisation_number: z
      .string()
      .refine(passes(b2bOrganisationNumber), `At most ${MAX_ORGANISATION_NUMBER} characters.`),
    website: z.string().refine((text) => {
      const website = normaliseWebsite(text)
      return !website || passes(b2bWebsite)(website)
    }, "Use a web address, such as https://example.com."),
    allowed_outstanding_amount: numberText(allowedOutstandingAmount, AMOUNT_RULE, {
      optional: true,
    }),
    currency_code: z.string(),
    max_payment_days: numberText(
      maxPaymentDays,
      `Use a whole number of days from 0 to ${MAX_PAYMENT_DAYS}.`,
      { optional: true }
    ),
    risk_rating: z.custom<RiskRating | "">(),
  })
  .superRefine((values, ctx) => {
    // A valid amount needs its currency (the API refuses one without).
    const amount = values.allowed_outstanding_amount
    if (
      amount.trim() &&
      passes(allowedOutstandingAmount)(numberOf(amount)) &&
      !values.currency_code
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["currency_code"],
        message: "Choose the currency of the amount.",
      })
    }
  }) satisfies z.ZodType<B2BProfileFormValues, B2BProfileFormValues>

/** What the form's values are in the API's terms: null for an empty field. */
const asPayload = (values: B2BProfileFormValues): Required<B2BProfilePayload> => {
  const text = (value: string) => value.trim() || null
  const amount = values.allowed_outstanding_amount.trim()
  const days = values.max_payment_days.trim()
  return {
    company: text(values.company),
    organisation_number: text(values.organisation_number),
    website: normaliseWebsite(values.website) || null,
    allowed_outstanding_amount: amount ? Number(amount) : null,
    currency_code: amount ? values.currency_code.toLowerCase() : null,
    max_payment_days: days ? Number(days) : null,
    risk_rating: values.risk_rating || null,
  }
}

/**
 * Only what changed from the saved profile (all that is filled in for a new
 * one), so saving does not overwrite a field someone else changed meanwhile.
 * The amount and its currency always go together.
 */
export const toB2BProfilePayload = (
  values: B2BProfileFormValues,
  profile: B2BProfile | null | undefined
): B2BProfilePayload => {
  const next = asPayload(values)
  const saved: Required<B2BProfilePayload> = profile
    ? {
        company: profile.company,
        organisation_number: profile.organisation_number,
        website: profile.website,
        allowed_outstanding_amount:
          profile.allowed_outstanding_amount != null
            ? Number(profile.allowed_outstanding_amount)
            : null,
        currency_code: profile.allowed_outstanding_amount != null ? profile.currency_code : null,
        max_payment_days: profile.max_payment_days,
        risk_rating: profile.risk_rating,
      }
    : {
        company: null,
        organisation_number: null,
        website: null,
        allowed_outstanding_amount: null,
        currency_code: null,
        max_payment_days: null,
        risk_rating: null,
      }
  const payload: B2BProfilePayload = {}
  const keys = Object.keys(next) as (keyof B2BProfilePayload)[]
  for (const key of keys) {
    if (next[key] !== saved[key]) {
      Object.assign(payload, { [key]: next[key] })
    }
  }
  if ("allowed_outstanding_amount" in payload || "currency_code" in payload) {
    payload.allowed_outstanding_amount = next.allowed_outstanding_amount
    payload.currency_code = next.currency_code
  }
  return payload
}

/**
 * The field a 400 names, so its message shows under that field: the
 * plugin's `Field 'website' must be …` or Medusa's `… for field
 * 'max_payment_days'`. Several problems come joined with "; "; the first
 * one the form has shows. Null when none names a field of the form.
 */
export const b2bFieldError = (error: Error | null | undefined) => {
  const message = withoutRequestPrefix(error?.message ?? "")
  for (const part of message.split(/;\s*/)) {
    const match = /\bfield '(\w+)'/i.exec(part)
    const field = match?.[1] as keyof B2BProfileFormValues | undefined
    if (field && field in toB2BFormValues(null)) {
      return { field, message: part.trim() }
    }
  }
  return null
}

import { z } from "@medusajs/framework/zod"
import { RISK_RATINGS } from "../../../../../modules/customer-insights/constants"
import { isWebAddress } from "../../../../../utils/web-address"

const fieldError = (field: string, rule: string) => ({ message: `Field '${field}' ${rule}` })

/** Text that may be cleared: blank reads as null. */
const text = (field: string, max: number) =>
  z
    .string(fieldError(field, "must be a text"))
    .trim()
    .max(max, fieldError(field, `must be at most ${max} characters`))
    .transform((value) => value || null)
    .nullish()

const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6

/**
 * Any subset of a B2B profile; null clears a field. The amount is in the
 * currency's main unit (1250.5 = 1,250.50), as Medusa's amounts are, and
 * needs a currency — given here or already saved (checked by the workflow).
 */
export const AdminUpsertB2BProfile = z
  .object({
    company: text("company", 200),
    organisation_number: text("organisation_number", 50),
    website: z
      .string(fieldError("website", "must be a URL like 'https://example.com'"))
      .trim()
      .refine(isWebAddress, fieldError("website", "must be a URL like 'https://example.com'"))
      .nullish(),
    allowed_outstanding_amount: z
      .number(fieldError("allowed_outstanding_amount", "must be a number (or null)"))
      .min(0, fieldError("allowed_outstanding_amount", "must be 0 or more"))
      .refine(
        hasAtMostTwoDecimals,
        fieldError("allowed_outstanding_amount", "must have at most 2 decimals")
      )
      .nullish(),
    currency_code: z
      .string(fieldError("currency_code", "must be a three-letter ISO 4217 code like 'sek'"))
      .regex(/^[a-zA-Z]{3}$/, fieldError("currency_code", "must be a three-letter ISO 4217 code like 'sek'"))
      .transform((code) => code.toLowerCase())
      .nullish(),
    max_payment_days: z
      .number(fieldError("max_payment_days", "must be a whole number of days from 0 to 365"))
      .int(fieldError("max_payment_days", "must be a whole number of days from 0 to 365"))
      .min(0, fieldError("max_payment_days", "must be at least 0"))
      .max(365, fieldError("max_payment_days", "must be at most 365"))
      .nullish(),
    risk_rating: z
      .enum(RISK_RATINGS, fieldError("risk_rating", "must be 'low', 'medium' or 'high'"))
      .nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.allowed_outstanding_amount != null && body.currency_code === null) {
      ctx.addIssue({
        code: "custom",
        path: ["currency_code"],
        message: "Field 'currency_code' is required with an allowed_outstanding_amount",
      })
    }
  })
export type AdminUpsertB2BProfileType = z.infer<typeof AdminUpsertB2BProfile>

import { z } from "@medusajs/framework/zod"
import { RISK_RATINGS } from "../../../../../modules/customer-insights/constants"
import {
  allowedOutstandingAmount,
  b2bCompany,
  b2bOrganisationNumber,
  b2bWebsite,
  maxPaymentDays,
} from "../../../../../lib/schemas/b2b-profile"

const fieldError = (field: string, rule: string) => ({ message: `Field '${field}' ${rule}` })

/**
 * Any subset of a B2B profile; null clears a field. The amount is in the
 * currency's main unit (1250.5 = 1,250.50), as Medusa's amounts are, and
 * needs a currency — given here or already saved (checked by the workflow).
 */
export const AdminUpsertB2BProfile = z
  .object({
    company: b2bCompany.nullish(),
    organisation_number: b2bOrganisationNumber.nullish(),
    website: b2bWebsite.nullish(),
    allowed_outstanding_amount: allowedOutstandingAmount.nullish(),
    currency_code: z
      .string(fieldError("currency_code", "must be a three-letter ISO 4217 code like 'sek'"))
      .regex(
        /^[a-zA-Z]{3}$/,
        fieldError("currency_code", "must be a three-letter ISO 4217 code like 'sek'")
      )
      .transform((code) => code.toLowerCase())
      .nullish(),
    max_payment_days: maxPaymentDays.nullish(),
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

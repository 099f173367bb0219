import { z } from "zod"
import { isWebAddress } from "../../utils/web-address"

/*
 * The rules of a B2B profile's fields, for the API's validator and the
 * admin's form alike (see customer-flag.ts).
 */

export const MAX_COMPANY = 200
export const MAX_ORGANISATION_NUMBER = 50
export const MAX_PAYMENT_DAYS = 365
/** A trillion: cents stay exact in a float up to about 90 trillion. */
export const MAX_OUTSTANDING_AMOUNT = 1_000_000_000_000

/** Text that may be cleared: blank reads as null. */
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null)

export const b2bCompany = clearableText(MAX_COMPANY)

export const b2bOrganisationNumber = clearableText(MAX_ORGANISATION_NUMBER)

const WEBSITE_RULE = "Field 'website' must be a URL like 'https://example.com'"

export const b2bWebsite = z.string().trim().refine(isWebAddress, WEBSITE_RULE)

// Above the maximum, which is told instead, cents are not counted.
const hasAtMostTwoDecimals = (value: number) =>
  value > MAX_OUTSTANDING_AMOUNT || Math.abs(value * 100 - Math.round(value * 100)) < 1e-6

/** In the currency's main unit (1250.5 = 1,250.50), as Medusa's amounts are. */
export const allowedOutstandingAmount = z
  .number()
  .min(0)
  .max(MAX_OUTSTANDING_AMOUNT)
  .refine(hasAtMostTwoDecimals, "Field 'allowed_outstanding_amount' must have at most 2 decimals")

export const maxPaymentDays = z.number().int().min(0).max(MAX_PAYMENT_DAYS)

import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const fieldError = (field: string, rule: string) => ({ message: `Field '${field}' ${rule}` })

const instant = (field: string) =>
  z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), fieldError(field, "must be an ISO 8601 date"))
    .nullish()

const fields = {
  title: z
    .string()
    .trim()
    .min(1, fieldError("title", "must not be empty"))
    .max(200, fieldError("title", "must be at most 200 characters")),
  description: z.string().max(2000, fieldError("description", "must be at most 2000 characters")).nullish(),
  url: z.string().url(fieldError("url", "must be a URL like 'https://example.com/offer'")).nullish(),
  code: z.string().trim().min(1, fieldError("code", "must not be empty")).max(100).nullish(),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  is_active: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const datesInOrder = (benefit: { starts_at?: string | null; ends_at?: string | null }) =>
  !benefit.starts_at || !benefit.ends_at || Date.parse(benefit.starts_at) < Date.parse(benefit.ends_at)

/**
 * Offer links for now; discounts and early access come with their checks
 * at checkout, and are refused until then rather than stored unenforced.
 */
export const AdminCreateBenefit = z
  .object({
    flag_id: z.string().min(1).optional(),
    tier_id: z.string().min(1).optional(),
    kind: z.literal("offer_link", fieldError("kind", "must be 'offer_link' (discounts and early access are not available yet)")),
    ...fields,
  })
  .strict()
  .refine((b) => !!b.flag_id !== !!b.tier_id, fieldError("flag_id", "or 'tier_id' must be given, not both"))
  .refine((b) => !!b.url || !!b.code, fieldError("url", "or 'code' must be given for an offer link"))
  .refine(datesInOrder, fieldError("ends_at", "must be after 'starts_at'"))
export type AdminCreateBenefitType = z.infer<typeof AdminCreateBenefit>

export const AdminUpdateBenefit = z
  .object({ ...fields, title: fields.title.optional() })
  .strict()
  .refine(datesInOrder, fieldError("ends_at", "must be after 'starts_at'"))
export type AdminUpdateBenefitType = z.infer<typeof AdminUpdateBenefit>

export const AdminGetBenefitsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  flag_id: z.string().optional(),
  tier_id: z.string().optional(),
})

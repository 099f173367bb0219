import { AdditionalData } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import {
  BENEFIT_DISCOUNT_TYPES,
  BENEFIT_KINDS,
  BENEFIT_QUANTITY_SCOPES,
} from "../../../modules/customer-loyalty/constants"
import { benefitProblems } from "../../../workflows/benefits/benefit-rules"
import { findParams, isoDateString } from "../../utils/loyalty-validators"
import { isWebAddress } from "../../../utils/web-address"

const fieldError = (field: string, rule: string) => ({ message: `Field '${field}' ${rule}` })

const instant = (field: string) => isoDateString(field).nullish()
// Money in whole units of the benefit's currency.
const MAX_FIXED_DISCOUNT = 1_000_000_000

const ids = (field: string) =>
  z
    .array(z.string().min(1, fieldError(field, "must not contain empty ids")))
    .max(100, fieldError(field, "must list at most 100 ids"))
    .nullish()

const fields = {
  title: z
    .string()
    .trim()
    .min(1, fieldError("title", "must not be empty"))
    .max(200, fieldError("title", "must be at most 200 characters")),
  description: z.string().max(2000, fieldError("description", "must be at most 2000 characters")).nullish(),
  url: z
    .string(fieldError("url", "must be an http(s) URL like 'https://example.com/offer'"))
    .trim()
    .max(2000, fieldError("url", "must be at most 2000 characters"))
    .refine(isWebAddress, fieldError("url", "must be an http(s) URL like 'https://example.com/offer'"))
    .nullish(),
  code: z.string().trim().min(1, fieldError("code", "must not be empty")).max(100).nullish(),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  product_ids: ids("product_ids"),
  variant_ids: ids("variant_ids"),
  max_products: z
    .number(fieldError("max_products", "must be a number from 1 to 20, or null for no limit"))
    .int(fieldError("max_products", "must be a whole number"))
    .min(1, fieldError("max_products", "must be at least 1 (null for no limit)"))
    .max(20, fieldError("max_products", "must be at most 20 (null for no limit)"))
    .nullish(),
  max_quantity: z
    .number(fieldError("max_quantity", "must be a number from 1 to 50, or null for no limit"))
    .int(fieldError("max_quantity", "must be a whole number"))
    .min(1, fieldError("max_quantity", "must be at least 1 (null for no limit)"))
    .max(50, fieldError("max_quantity", "must be at most 50 (null for no limit)"))
    .nullish(),
  quantity_scope: z
    .enum(BENEFIT_QUANTITY_SCOPES, fieldError("quantity_scope", "must be 'per_product' or 'total'"))
    .optional(),
  early_access_from: instant("early_access_from"),
  discount_type: z
    .enum(BENEFIT_DISCOUNT_TYPES, fieldError("discount_type", "must be 'percentage' or 'fixed'"))
    .nullish(),
  discount_value: z
    .number(fieldError("discount_value", "must be a number"))
    .positive(fieldError("discount_value", "must be greater than 0"))
    // A percentage is bounded by the benefit rules; a fixed amount, in whole
    // units of its currency, by this.
    .max(MAX_FIXED_DISCOUNT, fieldError("discount_value", `must be at most ${MAX_FIXED_DISCOUNT}`))
    .nullish(),
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, fieldError("currency_code", "must be a three-letter ISO 4217 code like 'sek'"))
    .transform((code) => code.toLowerCase())
    .nullish(),
  is_active: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const CreateBenefit = z
  .object({
    flag_id: z.string().min(1).optional(),
    tier_id: z.string().min(1).optional(),
    kind: z.enum(
      BENEFIT_KINDS,
      fieldError("kind", "must be 'discount', 'early_access' or 'offer_link'")
    ),
    ...fields,
  })
  .strict()

/**
 * A benefit of one of three kinds; the combination of fields a kind needs
 * is checked by the rules the update workflow applies too, so a create and
 * an update refuse the same things with the same messages. Takes
 * `additional_data` for the workflow's hook (extendable with an
 * `additionalDataValidator` in the app's middlewares); the refinements are
 * added after it, as an object with refinements cannot be extended.
 */
export const AdminCreateBenefit = WithAdditionalData(CreateBenefit, (schema) =>
  schema
    .refine((b) => !!b.flag_id !== !!b.tier_id, fieldError("flag_id", "or 'tier_id' must be given, not both"))
    .superRefine((benefit, ctx) => {
      for (const problem of benefitProblems(benefit)) {
        ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message })
      }
    })
)
export type AdminCreateBenefitType = z.infer<typeof CreateBenefit> & AdditionalData

const UpdateBenefit = z.object({ ...fields, title: fields.title.optional() }).strict()
export const AdminUpdateBenefit = WithAdditionalData(UpdateBenefit)
export type AdminUpdateBenefitType = z.infer<typeof UpdateBenefit> & AdditionalData

export const AdminGetBenefitsParams = findParams(50).extend({
  flag_id: z.string().optional(),
  tier_id: z.string().optional(),
  kind: z.enum(BENEFIT_KINDS).optional(),
})

export const AdminSetProductSaleStart = z
  .object({ public_sale_starts_at: instant("public_sale_starts_at") })
  .strict()
export type AdminSetProductSaleStartType = z.infer<typeof AdminSetProductSaleStart>

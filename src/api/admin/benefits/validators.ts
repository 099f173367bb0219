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
import {
  benefitMaxProducts,
  benefitMaxQuantity,
  benefitTargetIds,
  benefitTitle,
  benefitUrl,
  discountValue,
} from "../../../lib/schemas/benefit"

const fieldError = (field: string, rule: string) => ({ message: `Field '${field}' ${rule}` })

const instant = (field: string) => isoDateString(field).nullish()

const fields = {
  title: benefitTitle,
  description: z
    .string()
    .max(2000, fieldError("description", "must be at most 2000 characters"))
    .nullish(),
  url: benefitUrl.nullish(),
  code: z.string().trim().min(1, fieldError("code", "must not be empty")).max(100).nullish(),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  product_ids: benefitTargetIds.nullish(),
  variant_ids: benefitTargetIds.nullish(),
  // null for no limit
  max_products: benefitMaxProducts.nullish(),
  max_quantity: benefitMaxQuantity.nullish(),
  quantity_scope: z
    .enum(BENEFIT_QUANTITY_SCOPES, fieldError("quantity_scope", "must be 'per_product' or 'total'"))
    .optional(),
  early_access_from: instant("early_access_from"),
  discount_type: z
    .enum(BENEFIT_DISCOUNT_TYPES, fieldError("discount_type", "must be 'percentage' or 'fixed'"))
    .nullish(),
  discount_value: discountValue.nullish(),
  currency_code: z
    .string()
    .regex(
      /^[a-zA-Z]{3}$/,
      fieldError("currency_code", "must be a three-letter ISO 4217 code like 'sek'")
    )
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
    .refine(
      (b) => !!b.flag_id !== !!b.tier_id,
      fieldError("flag_id", "or 'tier_id' must be given, not both")
    )
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

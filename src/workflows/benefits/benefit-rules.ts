import type { BenefitDiscountType, BenefitKind } from "../../modules/customer-loyalty/constants"

/** A benefit's fields as they are (after an update) or as they will be created. */
export type BenefitShape = {
  kind: BenefitKind
  url?: string | null
  code?: string | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  product_ids?: string[] | null
  variant_ids?: string[] | null
  max_products?: number | null
  max_quantity?: number | null
  early_access_from?: Date | string | null
  discount_type?: BenefitDiscountType | null
  discount_value?: number | string | null
  currency_code?: string | null
}

export type BenefitProblem = { field: string; message: string }

const present = (value: unknown) =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)

const ONLY_FOR: Record<string, BenefitShape["kind"][]> = {
  url: ["offer_link"],
  code: ["offer_link"],
  product_ids: ["discount", "early_access"],
  variant_ids: ["discount"],
  max_products: ["discount", "early_access"],
  max_quantity: ["discount", "early_access"],
  early_access_from: ["early_access"],
  discount_type: ["discount"],
  discount_value: ["discount"],
  currency_code: ["discount"],
}

/**
 * What a benefit of its kind must have and must not have. Field-level
 * ranges are the API validators' job; this checks the combination, for a
 * new benefit and for one after an update alike.
 */
export function benefitProblems(benefit: BenefitShape): BenefitProblem[] {
  const problems: BenefitProblem[] = []
  const problem = (field: string, rule: string) =>
    problems.push({ field, message: `Field '${field}' ${rule}` })

  for (const [field, kinds] of Object.entries(ONLY_FOR)) {
    if (present((benefit as Record<string, unknown>)[field]) && !kinds.includes(benefit.kind)) {
      problem(field, `is not used by ${benefit.kind} benefits (only ${kinds.join(" and ")})`)
    }
  }

  if (benefit.kind === "offer_link" && !present(benefit.url) && !present(benefit.code)) {
    problem("url", "or 'code' must be given for an offer link")
  }
  if (benefit.kind === "discount") {
    const products = present(benefit.product_ids)
    const variants = present(benefit.variant_ids)
    if (products === variants) {
      problem(
        "product_ids",
        "or 'variant_ids' must be given for a discount (one of them, not both)"
      )
    }
    if (!benefit.discount_type) {
      problem("discount_type", "must be 'percentage' or 'fixed' for a discount")
    }
    const value = Number(benefit.discount_value)
    if (!present(benefit.discount_value) || !(value > 0)) {
      problem("discount_value", "must be a number greater than 0 for a discount")
    } else if (
      benefit.discount_type === "percentage" &&
      (!Number.isInteger(value) || value > 100)
    ) {
      problem("discount_value", "must be a whole percentage from 1 to 100")
    }
    if (benefit.discount_type === "fixed" && !present(benefit.currency_code)) {
      problem("currency_code", "is required for a fixed discount")
    }
  }
  if (benefit.kind === "early_access") {
    if (!present(benefit.product_ids)) {
      problem("product_ids", "must list the products an early access opens")
    }
    if (!present(benefit.early_access_from)) {
      problem(
        "early_access_from",
        "is required for early access (when the owner's customers may buy)"
      )
    }
  }
  if (
    present(benefit.starts_at) &&
    present(benefit.ends_at) &&
    new Date(benefit.starts_at!).getTime() >= new Date(benefit.ends_at!).getTime()
  ) {
    problem("ends_at", "must be after 'starts_at'")
  }
  return problems
}

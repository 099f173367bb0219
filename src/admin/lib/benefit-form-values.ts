import { z } from "zod"
import {
  MAX_BENEFIT_PRODUCTS,
  MAX_BENEFIT_QUANTITY,
  MAX_BENEFIT_TARGETS,
  benefitMaxProducts,
  benefitMaxQuantity,
  benefitTargetIds,
  benefitTitle,
  benefitUrl,
  discountValue,
} from "../../lib/schemas/benefit"
import type { PickedItem } from "../components/resource-ids-input"
import { endOfDay } from "./flag-format"
import { numberOf, passes } from "./form-rules"
import {
  Benefit,
  BenefitDiscountType,
  BenefitKind,
  BenefitPayload,
  BenefitQuantityScope,
} from "./types"

/** A benefit as the form holds it: text as typed, limits with an on/off switch each. */
export type BenefitFormValues = {
  kind: BenefitKind
  title: string
  description: string
  url: string
  code: string
  /** What a discount is on: whole products or single variants. */
  target: "products" | "variants"
  products: PickedItem[]
  variants: PickedItem[]
  discount_type: BenefitDiscountType
  discount_value: string
  currency_code: string
  early_access_from: Date | null
  limit_products: boolean
  max_products: string
  limit_quantity: boolean
  max_quantity: string
  quantity_scope: BenefitQuantityScope
  starts_at: Date | null
  ends_at: Date | null
  is_active: boolean
}

/** Changes one field of the form. */
export type SetBenefitField = <K extends keyof BenefitFormValues>(
  key: K,
  value: BenefitFormValues[K]
) => void

const picked = (ids: string[] | null | undefined): PickedItem[] =>
  (ids ?? []).map((id) => ({ id, label: null }))

export const toFormValues = (
  benefit?: Benefit | null,
  kind: BenefitKind = "discount"
): BenefitFormValues => ({
  kind: benefit?.kind ?? kind,
  title: benefit?.title ?? "",
  description: benefit?.description ?? "",
  url: benefit?.url ?? "",
  code: benefit?.code ?? "",
  target: benefit?.variant_ids?.length ? "variants" : "products",
  products: picked(benefit?.product_ids),
  variants: picked(benefit?.variant_ids),
  discount_type: benefit?.discount_type ?? "percentage",
  discount_value: benefit?.discount_value != null ? String(Number(benefit.discount_value)) : "",
  currency_code: benefit?.currency_code ?? "",
  early_access_from: benefit?.early_access_from ? new Date(benefit.early_access_from) : null,
  limit_products: benefit?.max_products != null,
  max_products: benefit?.max_products != null ? String(benefit.max_products) : "",
  limit_quantity: benefit?.max_quantity != null,
  max_quantity: benefit?.max_quantity != null ? String(benefit.max_quantity) : "",
  quantity_scope: benefit?.quantity_scope ?? "per_product",
  starts_at: benefit?.starts_at ? new Date(benefit.starts_at) : null,
  ends_at: benefit?.ends_at ? new Date(benefit.ends_at) : null,
  is_active: benefit?.is_active ?? true,
})

export const startOfDay = (date: Date) => {
  const start = new Date(date)
  start.setHours(0, 0, 0, 0)
  return start
}

const isWholeNumberIn = (text: string, min: number, max: number) => {
  const number = Number(text)
  return text.trim() !== "" && Number.isInteger(number) && number >= min && number <= max
}

const ids = (items: PickedItem[]) => items.map((item) => item.id)

type Problem = (field: keyof BenefitFormValues, message: string) => void

const checkTargets = (values: BenefitFormValues, problem: Problem) => {
  const onVariants = values.kind === "discount" && values.target === "variants"
  const items = onVariants ? values.variants : values.products
  const key = onVariants ? "variants" : "products"
  if (!items.length) {
    problem(key, onVariants ? "Choose at least one variant." : "Choose at least one product.")
  } else if (!passes(benefitTargetIds)(ids(items))) {
    problem(key, `Choose at most ${MAX_BENEFIT_TARGETS}.`)
  }
}

const checkLimits = (values: BenefitFormValues, problem: Problem) => {
  if (values.limit_products && !passes(benefitMaxProducts)(numberOf(values.max_products))) {
    problem("max_products", `Use a whole number of products from 1 to ${MAX_BENEFIT_PRODUCTS}.`)
  }
  if (values.limit_quantity && !passes(benefitMaxQuantity)(numberOf(values.max_quantity))) {
    problem("max_quantity", `Use a whole number of items from 1 to ${MAX_BENEFIT_QUANTITY}.`)
  }
}

/**
 * The form's checks: the API's field rules (src/lib/schemas/benefit) and
 * what each kind needs, in words for staff, under the field that is wrong.
 */
const checkBenefit = (values: BenefitFormValues, problem: Problem) => {
  if (!passes(benefitTitle)(values.title)) {
    problem("title", "Give the benefit a title.")
  }
  if (values.kind === "offer_link") {
    if (!values.url.trim() && !values.code.trim()) {
      problem("url", "Give a URL, a code or both.")
    }
    if (values.url.trim() && !passes(benefitUrl)(values.url)) {
      problem("url", "Use a full URL like https://example.com/offer.")
    }
  } else {
    checkTargets(values, problem)
    checkLimits(values, problem)
  }
  if (values.kind === "discount") {
    if (values.discount_type === "percentage" && !isWholeNumberIn(values.discount_value, 1, 100)) {
      problem("discount_value", "Use a whole percentage from 1 to 100.")
    }
    if (values.discount_type === "fixed") {
      if (!passes(discountValue)(numberOf(values.discount_value))) {
        problem("discount_value", "Use an amount greater than 0.")
      }
      if (!values.currency_code) {
        problem("currency_code", "Choose the currency of the amount.")
      }
    }
  }
  if (values.kind === "early_access" && !values.early_access_from) {
    problem("early_access_from", "Choose when these customers may start buying.")
  }
  if (
    values.starts_at &&
    values.ends_at &&
    endOfDay(values.ends_at) <= startOfDay(values.starts_at)
  ) {
    problem("ends_at", "End on or after the start date.")
  }
}

export const benefitFormSchema = z
  .custom<BenefitFormValues>()
  .superRefine((values, ctx) =>
    checkBenefit(values, (field, message) =>
      ctx.addIssue({ code: "custom", path: [field], message })
    )
  )

/** What to send: the common fields and those of the benefit's kind. */
export const toBenefitPayload = (values: BenefitFormValues): BenefitPayload => {
  const payload: BenefitPayload = {
    title: values.title.trim(),
    description: values.description.trim() || null,
    starts_at: values.starts_at ? startOfDay(values.starts_at).toISOString() : null,
    ends_at: values.ends_at ? endOfDay(values.ends_at).toISOString() : null,
    is_active: values.is_active,
  }
  if (values.kind === "offer_link") {
    return { ...payload, url: values.url.trim() || null, code: values.code.trim() || null }
  }
  const limits = {
    max_products: values.limit_products ? Number(values.max_products) : null,
    max_quantity: values.limit_quantity ? Number(values.max_quantity) : null,
    quantity_scope: values.quantity_scope,
  }
  if (values.kind === "early_access") {
    return {
      ...payload,
      ...limits,
      product_ids: ids(values.products),
      early_access_from: values.early_access_from!.toISOString(),
    }
  }
  const onVariants = values.target === "variants"
  return {
    ...payload,
    ...limits,
    product_ids: onVariants ? null : ids(values.products),
    variant_ids: onVariants ? ids(values.variants) : null,
    discount_type: values.discount_type,
    discount_value: Number(values.discount_value),
    currency_code: values.discount_type === "fixed" ? values.currency_code : null,
  }
}

/** The form field that shows a 400 about each field of the API. */
const FIELD_OF: Record<string, keyof BenefitFormValues> = {
  kind: "kind",
  title: "title",
  description: "description",
  url: "url",
  code: "code",
  product_ids: "products",
  variant_ids: "variants",
  discount_type: "discount_type",
  discount_value: "discount_value",
  currency_code: "currency_code",
  early_access_from: "early_access_from",
  max_products: "max_products",
  max_quantity: "max_quantity",
  quantity_scope: "quantity_scope",
  starts_at: "starts_at",
  ends_at: "ends_at",
}

/**
 * The field a 400 names (`Invalid request: Field 'max_quantity' must be …`),
 * so its message shows under that field; null when it names none the form has.
 */
export const serverFieldError = (error: Error | null | undefined) => {
  // Several problems come joined with "; ": the first one the form has shows.
  for (const match of error?.message.matchAll(/Field '(\w+)'[^;]*/g) ?? []) {
    const field = FIELD_OF[match[1]]
    if (field) {
      return { field, message: match[0] }
    }
  }
  return null
}

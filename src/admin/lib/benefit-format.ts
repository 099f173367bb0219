import { formatDate, formatDateTime } from "./flag-format"
import { Benefit, BenefitKind, BenefitQuantityScope } from "./types"

export const BENEFIT_KINDS: {
  value: BenefitKind
  label: string
  description: string
  color: "blue" | "purple" | "orange"
}[] = [
  {
    value: "discount",
    label: "Discount",
    description: "A percentage or an amount off chosen products or variants, applied in the cart.",
    color: "blue",
  },
  {
    value: "early_access",
    label: "Early access",
    description: "Buy chosen products before their public sale start, set on each product's page.",
    color: "purple",
  },
  {
    value: "offer_link",
    label: "Offer link",
    description: "A link and/or a code shown in the customer's account.",
    color: "orange",
  },
]

export const kindOf = (kind: BenefitKind) =>
  BENEFIT_KINDS.find((choice) => choice.value === kind) ?? BENEFIT_KINDS[2]

/** Discounts and early access have limits; offer links do not. */
export const hasLimits = (kind: BenefitKind) => kind !== "offer_link"

// What the server accepts: the benefit validators' own limits.
export {
  MAX_BENEFIT_PRODUCTS as MAX_PRODUCTS,
  MAX_BENEFIT_QUANTITY as MAX_QUANTITY,
} from "../../lib/schemas/benefit"

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

/** "3 products", "1 variant", "No products". */
export const targetsInWords = ({
  product_ids,
  variant_ids,
}: Pick<Benefit, "product_ids" | "variant_ids">) => {
  if (variant_ids?.length) {
    return plural(variant_ids.length, "variant")
  }
  return product_ids?.length ? plural(product_ids.length, "product") : "No products"
}

type Limits = {
  max_products: number | null
  max_quantity: number | null
  quantity_scope: BenefitQuantityScope
}

/**
 * "2 items per product, on up to 3 products", "5 items in total",
 * "Any number of items, on up to 3 products", "No limits".
 */
export const limitsInWords = ({ max_products, max_quantity, quantity_scope }: Limits) => {
  const items =
    max_quantity == null
      ? null
      : `${plural(max_quantity, "item")} ${quantity_scope === "total" ? "in total" : "per product"}`
  const products = max_products == null ? null : `on up to ${plural(max_products, "product")}`
  if (items && products) {
    return `${items}, ${products}`
  }
  if (items) {
    return items
  }
  return products ? `Any number of items, ${products}` : "No limits"
}

/** "20% off", "50 SEK off each item". */
export const discountInWords = ({
  discount_type,
  discount_value,
  currency_code,
}: Pick<Benefit, "discount_type" | "discount_value" | "currency_code">) => {
  if (discount_type == null || discount_value == null) {
    return null
  }
  const value = Number(discount_value)
  if (discount_type === "percentage") {
    return `${value}% off`
  }
  const amount = currency_code
    ? new Intl.NumberFormat(undefined, {
        style: "currency",
        currency: currency_code.toUpperCase(),
        currencyDisplay: "code",
      }).format(value)
    : String(value)
  return `${amount} off each item`
}

/** "12 Jan 2026 – 31 Jan 2026", "From 12 Jan 2026", "Until …", "No end date". */
export const datesInWords = ({
  starts_at,
  ends_at,
}: {
  starts_at?: string | null
  ends_at?: string | null
}) => {
  if (starts_at && ends_at) {
    return `${formatDate(starts_at)} – ${formatDate(ends_at)}`
  }
  if (starts_at) {
    return `From ${formatDate(starts_at)}`
  }
  if (ends_at) {
    return `Until ${formatDate(ends_at)}`
  }
  return "No end date"
}

/** "Early from 1 Dec 2026, 10:00". */
export const earlyFromInWords = (early_access_from: string | null) =>
  early_access_from ? `Early from ${formatDateTime(early_access_from)}` : "No early date"

export type BenefitStatus = { label: string; color: "green" | "orange" | "grey" | "red" }

/** Whether customers get it now: switched on and within its dates. */
export const statusOf = (benefit: Benefit, now = new Date()): BenefitStatus => {
  if (!benefit.is_active) {
    return { label: "Inactive", color: "grey" }
  }
  if (benefit.starts_at && new Date(benefit.starts_at) > now) {
    return { label: "Scheduled", color: "orange" }
  }
  if (benefit.ends_at && new Date(benefit.ends_at) < now) {
    return { label: "Ended", color: "red" }
  }
  return { label: "Active", color: "green" }
}

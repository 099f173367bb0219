import type { BenefitKind, BenefitQuantityScope } from "../constants"

export type QuantityScope = BenefitQuantityScope

/** A benefit the customer holds now (active, within its dates); the checks use the limited kinds. */
export type HeldBenefit = {
  id: string
  kind: BenefitKind
  title: string
  product_ids: string[] | null
  variant_ids: string[] | null
  max_products: number | null
  max_quantity: number | null
  quantity_scope: QuantityScope
  early_access_from: Date | null
  promotion_id: string | null
}

/** One line of a cart or order, as the checks see it. */
export type PurchaseLine = {
  product_id: string
  variant_id: string | null
  quantity: number
  product_title: string
}

/** Items of a product already counted against a benefit. */
export type BenefitUse = { benefit_id: string; product_id: string; quantity: number }

export type SaleStart = { product_id: string; public_sale_starts_at: Date }

/** Why a cart may not be bought as it is; `message` is for the shopper. */
export type BenefitRefusal = (
  | {
      reason: "not_on_sale"
      product_id: string
      public_sale_starts_at: Date
      early_access_from?: Date
    }
  | { reason: "products"; benefit_id: string; limit: number; remaining: number }
  | {
      reason: "quantity_per_product"
      benefit_id: string
      product_id: string
      limit: number
      remaining: number
    }
  | { reason: "quantity_total"; benefit_id: string; limit: number; remaining: number }
  | { reason: "discount_withdrawn"; product_id: string; promotion_id: string }
) & { message: string }

export type BenefitPlan = {
  /** What this purchase counts against each benefit, per product. */
  uses: BenefitUse[]
  refusals: BenefitRefusal[]
}

import type { InferTypeOf } from "@medusajs/framework/types"
import type { BenefitKind, LoyaltyRewardKind } from "../../modules/customer-loyalty/constants"
import type { CustomerBenefit } from "../../modules/customer-loyalty/models"
import type { DeleteResponse, ModelResponse, PaginatedResponse } from "./common"

export type AdminBenefit = Omit<
  ModelResponse<InferTypeOf<typeof CustomerBenefit>>,
  "flag" | "tier" | "usages" | "product_ids" | "variant_ids" | "deleted_at"
> & {
  product_ids: string[] | null
  variant_ids: string[] | null
}

export type AdminBenefitResponse = { benefit: AdminBenefit }
export type AdminBenefitListResponse = PaginatedResponse<{ benefits: AdminBenefit[] }>
export type AdminBenefitDeleteResponse = DeleteResponse<"benefit">

// ---- Product sale start -----------------------------------------------------------

/** An early-access benefit on a product, with the flag or tier it belongs to. */
export type AdminProductEarlyAccess = Pick<
  AdminBenefit,
  | "id"
  | "title"
  | "is_active"
  | "early_access_from"
  | "starts_at"
  | "ends_at"
  | "max_products"
  | "max_quantity"
  | "quantity_scope"
> & {
  owner: { type: "flag" | "tier"; id: string; name: string }
}

export type AdminProductSaleStartResponse = {
  sale_start: { product_id: string; public_sale_starts_at: string | null }
  early_access: AdminProductEarlyAccess[]
}

// ---- What a customer may use now (GET /admin/customers/:id/benefits) ----------------

// Computed: a held benefit with what is left of its limits (src/api/utils/customer-benefits.ts).
export type AdminCustomerBenefit = {
  id: string
  kind: BenefitKind
  title: string
  description: string | null
  source: { type: "flag" | "tier"; id: string; name: string }
  product_ids: string[]
  products: { id: string; title: string | null; remaining: number | null }[]
  /** What is left of the limits; null where unlimited. */
  remaining: { products: number | null; quantity: number | null }
  limits: Pick<AdminBenefit, "max_products" | "max_quantity" | "quantity_scope"> | null
  discount: {
    type: NonNullable<AdminBenefit["discount_type"]>
    value: number
    currency_code: string | null
  } | null
  url: string | null
  code: string | null
  starts_at: string | null
  ends_at: string | null
  early_access_from: string | null
}

// Computed: a reward with whether the customer's points cover it.
export type AdminCustomerReward = {
  id: string
  name: string
  description: string | null
  kind: LoyaltyRewardKind
  amount: number
  currency_code: string
  points_cost: number
  affordable: boolean
}

export type AdminCustomerBenefitsResponse = {
  benefits: AdminCustomerBenefit[]
  rewards: AdminCustomerReward[]
  points_available: number
}

/**
 * The shapes the plugin's store routes answer with, read by the routes and
 * published by the store client (\`medusa-plugin-customer-loyalty/client\`).
 * Plain types only: this folder is shipped to storefronts, so it imports
 * nothing but other plain files (no framework, no zod).
 */

import type {
  BenefitDiscountType,
  BenefitKind,
  BenefitQuantityScope,
} from "../../../modules/customer-loyalty/constants"
import type { IsoDate } from "./common"

export type StoreOfferKind = BenefitKind

export type StoreOfferLimits = {
  max_products: number | null
  max_quantity: number | null
  quantity_scope: BenefitQuantityScope
  products_used: number
  items_used: number
}

export type StoreOfferProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** Items still allowed for this product; null when unlimited. */
  remaining: number | null
}

export type StoreOffer = {
  id: string
  kind: StoreOfferKind
  title: string
  description: string | null
  url: string | null
  code: string | null
  starts_at: IsoDate | null
  ends_at: IsoDate | null
  early_access_from: IsoDate | null
  discount: {
    type: BenefitDiscountType
    value: number
    currency_code: string | null
  } | null
  limits: StoreOfferLimits | null
  products: StoreOfferProduct[]
}

/** `GET /store/customers/me/offers`. */
export type StoreOffersResponse = { offers: StoreOffer[] }

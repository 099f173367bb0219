/**
 * The shapes the plugin's store routes answer with, read by the routes and
 * published by the store client (\`medusa-plugin-customer-loyalty/client\`).
 * Plain types only: this folder is shipped to storefronts, so it imports
 * nothing but other plain files (no framework, no zod).
 */

import type {
  LoyaltyAccountStatus,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
  LoyaltyRewardKind,
  LoyaltyTierBasis,
} from "../../../modules/customer-loyalty/constants"
import type { IsoDate } from "./common"

export type StoreLoyaltyBalance = {
  available: number
  pending: number
  lifetime: number
}

export type StoreLoyaltyTier = {
  id: string
  name: string
  rank: number
  min_points: number
  basis: LoyaltyTierBasis
}

export type StoreLoyaltyNextTier = {
  id: string
  name: string
  min_points: number
  basis: LoyaltyTierBasis
  /** Points still to earn (on the tier's basis) to reach it. */
  points_needed: number
}

/** A member of a household membership, as another member sees them. */
export type StoreLoyaltyMember = { first_name: string | null }

export type StoreLoyaltyAccount = {
  id: string
  member_number: string
  status: LoyaltyAccountStatus
  balance: StoreLoyaltyBalance
  tier: StoreLoyaltyTier | null
  next_tier: StoreLoyaltyNextTier | null
  members: StoreLoyaltyMember[]
  closed_at: IsoDate | null
  created_at: IsoDate
}

/** `GET /store/customers/me/loyalty`: null before the first points. */
export type StoreLoyaltyAccountResponse = {
  loyalty_account: StoreLoyaltyAccount | null
}

export type StoreLoyaltyEntry = {
  id: string
  type: LoyaltyEntryType
  /** Positive when earned, negative when used, expired or taken back. */
  points: number
  status: LoyaltyEntryStatus
  available_at: IsoDate | null
  expires_at: IsoDate | null
  description: string | null
  created_at: IsoDate
}

export type StoreLoyaltyEntriesQuery = {
  limit?: number
  /** For the first pages only (at most 10,000); further pages by `cursor`. */
  offset?: number
  /** The `next_cursor` of the page before. */
  cursor?: string
  /** One type or several. */
  type?: LoyaltyEntryType | LoyaltyEntryType[]
}

/** `GET /store/customers/me/loyalty/entries`, newest first. */
export type StoreLoyaltyEntriesResponse = {
  entries: StoreLoyaltyEntry[]
  count: number
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
  limit: number
  offset: number
}

export type StoreLoyaltyReward = {
  id: string
  name: string
  description: string | null
  points_cost: number
  kind: LoyaltyRewardKind
  /** In the currency's main unit (50 = 50 SEK). */
  amount: number
  currency_code: string
}

/** `GET /store/loyalty/rewards`, cheapest first. */
export type StoreLoyaltyRewardsResponse = { rewards: StoreLoyaltyReward[] }

export type StoreLoyaltyRedemption = {
  id: string
  reward_id: string
  points: number
  kind: LoyaltyRewardKind
  amount: number
  currency_code: string
  /** The promotion code, or the gift card's code. */
  code: string | null
  gift_card_id: string | null
  store_credit_account_id: string | null
  created_at: IsoDate
}

/** `POST /store/customers/me/loyalty/redemptions` (201). */
export type StoreLoyaltyRedemptionResponse = {
  redemption: StoreLoyaltyRedemption
}

/**
 * Whether a redeemed reward can still be spent: a code is `used` once its
 * single use is taken, a gift card or store credit once nothing is left;
 * `expired` when the merchant ended the promotion or a gift card passed
 * its date.
 */
export type StoreLoyaltyRedemptionStatus = "available" | "used" | "expired"

/** One of the customer's redemptions in `GET /store/customers/me/loyalty/redemptions`. */
export type StoreLoyaltyRedemptionListItem = {
  id: string
  reward: { id: string; name: string; kind: LoyaltyRewardKind }
  /** The promotion code or the gift card's code; null for store credit. */
  code: string | null
  amount: number
  currency_code: string
  status: StoreLoyaltyRedemptionStatus
  /**
   * What is left on a gift card, or on the customer's store credit account
   * in the currency (every credit lands on that one account); null for a code.
   */
  balance: number | null
  created_at: IsoDate
}

export type StoreLoyaltyRedemptionsQuery = { limit?: number; offset?: number }

/** `GET /store/customers/me/loyalty/redemptions`: newest first. */
export type StoreLoyaltyRedemptionsResponse = {
  redemptions: StoreLoyaltyRedemptionListItem[]
  count: number
  limit: number
  offset: number
}

/** The tier whose multiplier a calculation used. */
export type StoreLoyaltyPointsTier = {
  id: string
  name: string
  /** Multiplies the points an amount earns; "1" when the tier adds none. */
  points_multiplier: string
}

/** What one line (a variant × quantity) earns, and why. */
export type StoreLoyaltyPointsLine = {
  variant_id: string
  quantity: number
  /** The amount that counts: after discounts, without tax and shipping. */
  amount: number
  /** The highest earn-rule or campaign multiplier on the line ("1" for none). */
  multiplier: string
  /** Fixed points from earn rules (per item × quantity). */
  fixed_points: number
  points: number
}

export type StoreLoyaltyPreviewQuery = {
  variant_id: string
  /** Whole number, 1 by default. */
  quantity?: number
  /**
   * The shopper's region. May be left out when only one region sells in
   * the variant's currencies; needed where several do.
   */
  region_id?: string
  /**
   * The shopper's country (ISO 3166-1 alpha-2), whose tax is taken out of a
   * price that includes tax. Not needed in a region of one country.
   */
  country_code?: string
}

export type StoreLoyaltyPreview = StoreLoyaltyPointsLine & {
  product_id: string
  region_id: string | null
  currency_code: string
  /** The variant's calculated price for one item, as Medusa prices it. */
  unit_price: number
  /**
   * The logged-in member's price where a discount benefit lowers it, as the
   * cart will price the `quantity` items (a benefit's limit may cover only
   * some); `points` are for this price. Null for guests and undiscounted items.
   */
  member_price: StoreLoyaltyMemberPrice | null
  /** The logged-in customer's tier; null for anonymous shoppers. */
  tier: StoreLoyaltyPointsTier | null
  /**
   * True when the price includes tax and the country was not known (a
   * region of several countries, no `country_code`): the highest-taxed
   * country's tax was taken out, so `points` is the least it earns.
   */
  is_estimate: boolean
}

export type StoreLoyaltyMemberPrice = {
  /** One item at the member's best price. */
  unit_price: number
  /** The `quantity` items at the member's prices. */
  total: number
  /** How many of the items get a member price. */
  quantity: number
  discount_total: number
  /** As the cart line will say it, e.g. "2 of 3 at your member price". */
  description: string
}

/** `GET /store/loyalty/preview`. */
export type StoreLoyaltyPreviewResponse = { preview: StoreLoyaltyPreview }

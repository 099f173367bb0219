/**
 * The shapes the plugin's store routes answer with, read by the routes and
 * published by the store client (\`medusa-plugin-customer-loyalty/client\`).
 * Plain types only: this folder is shipped to storefronts, so it imports
 * nothing but other plain files (no framework, no zod).
 */

import type {
  StoreLoyaltyBalance,
  StoreLoyaltyPointsLine,
  StoreLoyaltyPointsTier,
  StoreLoyaltyReward,
} from "./loyalty"

export type StoreCartLoyalty = {
  cart_id: string
  currency_code: string
  /** What completing the cart now would earn. */
  points: number
  /** The cart's items after discounts, without tax and shipping. */
  counted_amount: number
  lines: (StoreLoyaltyPointsLine & { item_id: string })[]
  /** The cart customer's tier; null for an anonymous cart. */
  tier: StoreLoyaltyPointsTier | null
  /**
   * True while the cart has no address in a region of several countries
   * and its prices include tax: `points` is then the least it earns.
   */
  is_estimate: boolean
  /** The customer's balance now; null for an anonymous cart or before a membership. */
  balance: StoreLoyaltyBalance | null
  /** Rewards the customer can redeem with their available points now (cheapest first). */
  affordable_rewards: StoreLoyaltyReward[]
}

/** `GET /store/carts/:id/loyalty`. */
export type StoreCartLoyaltyResponse = { cart_loyalty: StoreCartLoyalty }

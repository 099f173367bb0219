/**
 * The module's enumerations: the lists its models store, and the types of
 * their values. This file imports nothing, so the admin (bundled for the
 * browser) and the store client (shipped to storefronts) can read the same
 * lists as the models and validators without pulling in the server.
 */

// ---- Flags ---------------------------------------------------------------------

export const FLAG_DISPLAY_MODES = ["card", "overview", "popup"] as const
export type FlagDisplayMode = (typeof FLAG_DISPLAY_MODES)[number]

export const FLAG_EXPIRY_TYPES = ["none", "fixed_date", "days_after_assignment"] as const
export type FlagExpiryType = (typeof FLAG_EXPIRY_TYPES)[number]

export const FLAG_ASSIGNMENT_SOURCES = ["manual", "purchase_rule", "segment", "api"] as const
export type FlagAssignmentSource = (typeof FLAG_ASSIGNMENT_SOURCES)[number]

/** Why an assignment stopped being active. */
export const FLAG_ASSIGNMENT_END_REASONS = [
  "removed",
  "expired",
  "renewed",
  "flag_deleted",
] as const
export type FlagAssignmentEndReason = (typeof FLAG_ASSIGNMENT_END_REASONS)[number]

// ---- Segments ------------------------------------------------------------------

/** `current`: members now; `left`: former members; `all`: both. */
export const SEGMENT_MEMBER_STATUSES = ["current", "left", "all"] as const
export type SegmentMemberStatus = (typeof SEGMENT_MEMBER_STATUSES)[number]

// ---- Loyalty -------------------------------------------------------------------

export const ACCOUNT_STATUSES = ["active", "closed"] as const
export type LoyaltyAccountStatus = (typeof ACCOUNT_STATUSES)[number]

export const ENTRY_TYPES = [
  "earn",
  "redeem",
  "adjust",
  "expire",
  "reverse",
  "close",
  "transfer",
] as const
export type LoyaltyEntryType = (typeof ENTRY_TYPES)[number]

export const ENTRY_STATUSES = ["pending", "available"] as const
export type LoyaltyEntryStatus = (typeof ENTRY_STATUSES)[number]

export const ENTRY_SOURCES = [
  "order",
  "booking",
  "manual",
  "redemption",
  "system",
  "transfer",
] as const
export type LoyaltyEntrySource = (typeof ENTRY_SOURCES)[number]

export const TIER_BASES = ["lifetime", "rolling_12_months"] as const
export type LoyaltyTierBasis = (typeof TIER_BASES)[number]

export const REWARD_KINDS = ["promotion_code", "gift_card", "store_credit"] as const
export type LoyaltyRewardKind = (typeof REWARD_KINDS)[number]

export const EARN_RULE_TARGETS = [
  "all",
  "product",
  "variant",
  "collection",
  "category",
  "service",
] as const
/** What an earn rule applies to. */
export type EarnRuleTarget = (typeof EARN_RULE_TARGETS)[number]

/** The two messages a member gets: points credited automatically, or by staff. */
export const LOYALTY_MESSAGE_KINDS = ["points_credited", "points_adjusted"] as const
export type LoyaltyMessageKind = (typeof LOYALTY_MESSAGE_KINDS)[number]

// ---- Benefits ------------------------------------------------------------------

export const BENEFIT_KINDS = ["discount", "early_access", "offer_link"] as const
export type BenefitKind = (typeof BENEFIT_KINDS)[number]

/** Whether `max_quantity` counts the items of each product or all items together. */
export const BENEFIT_QUANTITY_SCOPES = ["per_product", "total"] as const
export type BenefitQuantityScope = (typeof BENEFIT_QUANTITY_SCOPES)[number]

export const BENEFIT_DISCOUNT_TYPES = ["percentage", "fixed"] as const
export type BenefitDiscountType = (typeof BENEFIT_DISCOUNT_TYPES)[number]

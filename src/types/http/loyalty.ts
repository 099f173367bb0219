import type { InferTypeOf } from "@medusajs/framework/types"
import type {
  EarnRuleTarget,
  LoyaltyAccountStatus,
  LoyaltyEntrySource,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
  LoyaltyRewardKind,
  LoyaltyTierBasis,
} from "../../modules/customer-loyalty/constants"
import type {
  LoyaltyEarnRule,
  LoyaltyRedemption,
  LoyaltyReward,
  LoyaltySettings,
  LoyaltyTier,
} from "../../modules/customer-loyalty/models"
import type { DeleteResponse, ModelResponse, PaginatedResponse } from "./common"
import type { StoreLoyaltyRedemptionListItem, StoreLoyaltyRedemptionsResponse } from "./store"

// ---- Members and their entries ---------------------------------------------------

export type AdminLoyaltyCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

// Computed: an entry with who it concerns (see src/api/utils/loyalty-entries.ts).
export type AdminLoyaltyEntry = {
  id: string
  type: LoyaltyEntryType
  /** Positive when points were added, negative when taken. */
  points: number
  status: LoyaltyEntryStatus
  available_at: string | null
  expires_at: string | null
  source: LoyaltyEntrySource
  source_id: string | null
  description: string | null
  actor: string | null
  /** What is left of a positive entry to spend or expire. */
  remaining: number
  /** In a member's history (not the report). */
  lifetime_points?: number
  shortfall?: number
  metadata?: Record<string, unknown> | null
  customer_id?: string | null
  /** Whose card the entry concerns (in a member's history; staff only). */
  customer?: AdminLoyaltyCustomer | null
  created_at: string
}

/** A row of the points report: an entry with its membership and customer. */
export type AdminLoyaltyReportEntry = Omit<AdminLoyaltyEntry, "customer"> & {
  account_id: string
  member_number: string
  customer: AdminLoyaltyCustomer | null
}

// Computed: a membership with balances, tier, next tier and members (accounts/account-view.ts).
export type AdminLoyaltyAccount = {
  id: string
  member_number: string
  /** The merchant's own card number or barcode; null when none is set. */
  identifier: string | null
  status: LoyaltyAccountStatus
  balance: { available: number; pending: number; lifetime: number }
  tier: {
    id: string
    name: string
    rank: number
    min_points: number
    basis: LoyaltyTierBasis
  } | null
  next_tier: {
    id: string
    name: string
    min_points: number
    basis?: LoyaltyTierBasis
    points_needed: number
  } | null
  members: {
    customer_id: string
    joined_at: string
    customer: AdminLoyaltyCustomer | null
  }[]
  closed_at: string | null
  close_reason: string | null
  created_at: string
}

export type AdminCustomerLoyaltyResponse = { loyalty_account: AdminLoyaltyAccount | null }
export type AdminLoyaltyAccountResponse = { loyalty_account: AdminLoyaltyAccount }
export type AdminLoyaltyAccountListResponse = {
  loyalty_accounts: AdminLoyaltyAccount[]
  count: number
  limit: number
  offset: number
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
}
/** After a member left: the membership they left, and their new one. */
export type AdminRemoveLoyaltyMemberResponse = {
  loyalty_account: AdminLoyaltyAccount
  new_loyalty_account: AdminLoyaltyAccount
}

export type AdminCustomerLoyaltyEntriesResponse = {
  entries: AdminLoyaltyEntry[]
  count: number
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
  limit: number
  offset: number
}

export type AdminLoyaltyAdjustmentResponse = {
  entry: AdminLoyaltyEntry
  loyalty_account: AdminLoyaltyAccount
}

// A customer's redemptions read the same at the desk and in the store: one
// shape, the one the typed storefront client publishes.
export type AdminCustomerRedemption = StoreLoyaltyRedemptionListItem
export type AdminCustomerRedemptionsResponse = StoreLoyaltyRedemptionsResponse

/** A redemption staff made for a customer (`POST /admin/customers/:id/loyalty/redemptions`). */
export type AdminLoyaltyRedemptionResponse = {
  redemption: Pick<
    ModelResponse<InferTypeOf<typeof LoyaltyRedemption>>,
    | "id"
    | "reward_id"
    | "points"
    | "kind"
    | "amount"
    | "currency_code"
    | "code"
    | "gift_card_id"
    | "store_credit_account_id"
    | "customer_id"
    | "entry_id"
    | "created_at"
  > & { redeemed_by: string }
  loyalty_account: AdminLoyaltyAccount
}

// ---- The points report -----------------------------------------------------------

// Computed: sums of the report's filter.
export type AdminLoyaltyTotals = {
  earned: number
  redeemed: number
  adjusted: number
  expired: number
  reversed: number
  net: number
}

export type AdminLoyaltyReportResponse = {
  entries: AdminLoyaltyReportEntry[]
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
  limit: number
  offset: number
  /** Left out with `with_totals=false`. */
  count?: number
  count_capped?: boolean
  totals?: AdminLoyaltyTotals | null
}

/** The count and totals of the report's filter (`/admin/loyalty/entries/totals`). */
export type AdminLoyaltyReportTotalsResponse = {
  count: number
  /** More than `count` entries match a filter on members; `totals` is then null. */
  count_capped: boolean
  totals: AdminLoyaltyTotals | null
}

// Computed: the report's sums per week.
export type AdminLoyaltyWeek = Omit<AdminLoyaltyTotals, "net"> & { week_start: string }
export type AdminLoyaltyWeeklyResponse = { weeks: AdminLoyaltyWeek[] }

// ---- Settings, earn rules, tiers, rewards ----------------------------------------

export type AdminLoyaltySettings = Pick<
  ModelResponse<InferTypeOf<typeof LoyaltySettings>>,
  "pending_days" | "booking_pending_hours" | "expiry_months" | "min_redeem"
> & {
  // Also answered; optional here as the admin's settings form builds this
  // type. Null (and no `updated_at`) while the defaults stand in for the row.
  id?: string | null
  updated_at?: string
  /** Points one whole unit of the currency earns, by lower-case code. */
  points_per_currency: Record<string, number>
}
export type AdminLoyaltySettingsResponse = { settings: AdminLoyaltySettings }

/** An earn rule's target: the two stored columns as one object, `id` null for `all`. */
export type AdminEarnRuleTarget = { type: EarnRuleTarget; id: string | null }

export type AdminLoyaltyEarnRule = Pick<
  ModelResponse<InferTypeOf<typeof LoyaltyEarnRule>>,
  | "id"
  | "name"
  | "points_per_item"
  | "multiplier"
  | "starts_at"
  | "ends_at"
  | "is_active"
  | "created_at"
> & {
  target: AdminEarnRuleTarget
  // Also answered by default; optional as the admin builds its payloads on this type.
  updated_at?: string
}
export type AdminLoyaltyEarnRuleResponse = { earn_rule: AdminLoyaltyEarnRule }
export type AdminLoyaltyEarnRuleDeleteResponse = DeleteResponse<"loyalty_earn_rule">
export type AdminLoyaltyEarnRuleListResponse = PaginatedResponse<{
  earn_rules: AdminLoyaltyEarnRule[]
}>

export type AdminLoyaltyTier = Pick<
  ModelResponse<InferTypeOf<typeof LoyaltyTier>>,
  "id" | "name" | "min_points" | "basis" | "rank" | "description" | "points_multiplier"
> &
  // Also answered by default; optional as the admin builds its payloads on this type.
  Partial<
    Pick<
      ModelResponse<InferTypeOf<typeof LoyaltyTier>>,
      // The customer group mirroring the tier, for promotions and price lists.
      "customer_group_id" | "metadata" | "created_at" | "updated_at"
    >
  >
export type AdminLoyaltyTierResponse = { tier: AdminLoyaltyTier }
export type AdminLoyaltyTierDeleteResponse = DeleteResponse<"loyalty_tier">
export type AdminLoyaltyTierListResponse = { tiers: AdminLoyaltyTier[] }

export type AdminLoyaltyReward = Pick<
  ModelResponse<InferTypeOf<typeof LoyaltyReward>>,
  "id" | "name" | "description" | "points_cost" | "kind" | "amount" | "currency_code" | "is_active"
> &
  // Also answered by default; optional as the admin builds its payloads on this type.
  Partial<Pick<ModelResponse<InferTypeOf<typeof LoyaltyReward>>, "created_at" | "updated_at">>
export type AdminLoyaltyRewardResponse = { reward: AdminLoyaltyReward }
export type AdminLoyaltyRewardDeleteResponse = DeleteResponse<"loyalty_reward">
export type AdminLoyaltyRewardListResponse = PaginatedResponse<{ rewards: AdminLoyaltyReward[] }>

export type { LoyaltyRewardKind }

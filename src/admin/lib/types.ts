import type { LoyaltyRewardKind } from "../../client/types"
import type { EarnRuleTarget as StoredEarnRuleTarget } from "../../modules/customer-loyalty/models/loyalty-earn-rule"
// A type-only import: nothing of the server is bundled into the admin.
import type { SegmentIdResource, SegmentValueType } from "../../segments/catalog"

/** The shapes of the plugin's admin API (see the routes under src/api/admin). */

export type FlagDisplay = "card" | "overview" | "popup"

export type FlagExpiry =
  | { type: "none" }
  | { type: "fixed_date"; date: string }
  | { type: "days_after_assignment"; days: number }

export type CustomerFlag = {
  id: string
  name: string
  abbreviation: string
  icon: string
  color: string
  display: FlagDisplay
  expiry: FlagExpiry
  description: string | null
  customer_group_id: string | null
  sales_channels?: { id: string; name: string }[]
  sales_channel_ids?: string[]
  /** Given automatically to customers whose orders match ("Connections"); null when none. */
  purchase_rule?: FlagPurchaseRule | null
  created_at: string
  updated_at: string
}

/** Orders placed in the last `days` days, or between two dates (YYYY-MM-DD, both included). */
export type OrderWindow = { days: number } | { from?: string; to?: string }

/**
 * A flag's purchase rule: a customer gets the flag once they have bought any
 * of the products, variants or items of the collections or categories, at
 * least `min_quantity` items in at least `min_orders` orders (within `window`).
 */
export type FlagPurchaseRule = {
  product_ids: string[]
  variant_ids: string[]
  collection_ids: string[]
  category_ids: string[]
  min_quantity: number | null
  min_orders: number | null
  window: OrderWindow | null
}

export type FlagPurchaseRulePayload = Partial<
  Pick<FlagPurchaseRule, "product_ids" | "variant_ids" | "collection_ids" | "category_ids">
> & {
  min_quantity?: number
  min_orders?: number
  window?: OrderWindow
}

export type FlagAssignmentSource = "manual" | "purchase_rule" | "segment" | "api"

export type CustomerFlagAssignment = {
  id: string
  flag_id: string
  customer_id: string
  source: FlagAssignmentSource
  assigned_by: string | null
  assigned_at: string
  expires_at: string | null
  note: string | null
  /** A rule or segment that renewed a manual assignment, keeping its note. */
  renewal_source?: FlagAssignmentSource | null
  renewal_source_id?: string | null
  flag: CustomerFlag | null
}

export type CustomerFlagListParams = {
  q?: string
  sales_channel_id?: string
  /** Only the flags of the sales channels this customer has ordered in. */
  available_for_customer_id?: string
  /** A field to sort by, "-" first for descending (e.g. "name", "-created_at"). */
  order?: string
  limit?: number
  offset?: number
}

/** A page of a list: how many match in all, and where this page starts. */
type ListPage = { count: number; offset: number; limit: number }

export type CustomerFlagListResponse = ListPage & { customer_flags: CustomerFlag[] }

export type CustomerFlagResponse = { customer_flag: CustomerFlag }

export type DeleteResponse = { id: string; object: string; deleted: boolean }

export type CustomerFlagPayload = Pick<
  CustomerFlag,
  "name" | "abbreviation" | "icon" | "color" | "display" | "expiry" | "description"
> & { sales_channel_ids: string[] }

export type CustomerFlagAssignmentsResponse = {
  flag_assignments: CustomerFlagAssignment[]
}

export type CustomerFlagAssignmentResponse = {
  flag_assignment: CustomerFlagAssignment
}

export type AssignCustomerFlagPayload = {
  flag_id: string
  note?: string
  expires_at?: string
}

// ---- Loyalty points ------------------------------------------------------------

export type LoyaltyEntryType =
  | "earn"
  | "redeem"
  | "adjust"
  | "expire"
  | "reverse"
  | "close"
  | "transfer"

export type LoyaltyEntryStatus = "pending" | "available"

export type LoyaltyEntrySource =
  | "order"
  | "booking"
  | "manual"
  | "redemption"
  | "system"
  | "transfer"

export type LoyaltyCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

export type LoyaltyEntry = {
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
  shortfall?: number
  customer_id?: string | null
  /** Whose card the entry concerns (in a member's history; staff only). */
  customer?: LoyaltyCustomer | null
  created_at: string
}

/** A row of the points report: an entry with its membership and customer. */
export type LoyaltyReportEntry = Omit<LoyaltyEntry, "customer"> & {
  account_id: string
  member_number: string
  customer: LoyaltyCustomer | null
}

export type TierBasis = "lifetime" | "rolling_12_months"

export type LoyaltyAccount = {
  id: string
  member_number: string
  /** The merchant's own card number or barcode; null when none is set. */
  identifier: string | null
  status: "active" | "closed"
  balance: { available: number; pending: number; lifetime: number }
  tier: {
    id: string
    name: string
    rank: number
    min_points: number
    basis: TierBasis
  } | null
  next_tier: {
    id: string
    name: string
    min_points: number
    basis?: TierBasis
    points_needed: number
  } | null
  members: {
    customer_id: string
    joined_at: string
    customer: LoyaltyCustomer | null
  }[]
  closed_at: string | null
  close_reason: string | null
  created_at: string
}

export type CustomerLoyaltyResponse = { loyalty_account: LoyaltyAccount | null }
export type LoyaltyAccountResponse = { loyalty_account: LoyaltyAccount }
/** After a member left: the membership they left, and their new one. */
export type RemoveLoyaltyMemberResponse = {
  loyalty_account: LoyaltyAccount
  new_loyalty_account: LoyaltyAccount
}

export type LoyaltyEntryListParams = {
  type?: string
  limit?: number
  offset?: number
  /** The `next_cursor` of the page before. */
  cursor?: string
}

export type CustomerLoyaltyEntriesResponse = {
  entries: LoyaltyEntry[]
  count: number
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
}

export type AdjustPointsPayload = { points: number; description: string }
export type AdjustPointsResponse = {
  entry: LoyaltyEntry
  loyalty_account: LoyaltyAccount
}

export type LoyaltyReportFilters = {
  /** A date (YYYY-MM-DD), inclusive. */
  from?: string
  /** A date (YYYY-MM-DD), inclusive. */
  to?: string
  type?: string
  status?: string
  customer_id?: string
  q?: string
}

export type LoyaltyTotals = {
  earned: number
  redeemed: number
  adjusted: number
  expired: number
  reversed: number
  net: number
}

export type LoyaltyReportResponse = {
  entries: LoyaltyReportEntry[]
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
}

/** The count and totals of the report's filter (`/admin/loyalty/entries/totals`). */
export type LoyaltyReportTotalsResponse = {
  count: number
  /** More than `count` entries match a filter on members; `totals` is then null. */
  count_capped: boolean
  totals: LoyaltyTotals | null
}

export type LoyaltyWeek = {
  week_start: string
  earned: number
  redeemed: number
  adjusted: number
  expired: number
  reversed: number
}

export type LoyaltyWeeklyResponse = { weeks: LoyaltyWeek[] }

export type LoyaltySettings = {
  /** Points one whole unit of the currency earns, by lower-case code. */
  points_per_currency: Record<string, number>
  pending_days: number
  booking_pending_hours: number
  /** Months until earned points expire; null means never. */
  expiry_months: number | null
  min_redeem: number
}

export type LoyaltySettingsResponse = { settings: LoyaltySettings }

// Declared once, from the list the model stores (a type-only import).
export type EarnRuleTargetType = StoredEarnRuleTarget

export type EarnRuleTarget = {
  type: EarnRuleTargetType
  /** Product, variant, collection or category id (a product or variant for a service); null for all. */
  id: string | null
}

export type LoyaltyEarnRule = {
  id: string
  name: string
  target: EarnRuleTarget
  points_per_item: number | null
  multiplier: number | null
  starts_at: string | null
  ends_at: string | null
  is_active: boolean
  created_at: string
}

export type LoyaltyEarnRulePayload = Omit<LoyaltyEarnRule, "id" | "created_at">

export type LoyaltyEarnRuleListResponse = ListPage & { earn_rules: LoyaltyEarnRule[] }

export type LoyaltyEarnRuleResponse = { earn_rule: LoyaltyEarnRule }

export type LoyaltyTier = {
  id: string
  name: string
  min_points: number
  basis: TierBasis
  rank: number
  description: string | null
  /** Multiplies the points members on the tier earn from amounts; null = 1. */
  points_multiplier: number | null
}

export type LoyaltyTierPayload = Omit<LoyaltyTier, "id">
export type LoyaltyTierListResponse = { tiers: LoyaltyTier[] }
export type LoyaltyTierResponse = { tier: LoyaltyTier }

export type RewardKind = LoyaltyRewardKind

export type LoyaltyReward = {
  id: string
  name: string
  description: string | null
  points_cost: number
  kind: RewardKind
  amount: number
  currency_code: string
  is_active: boolean
}

export type LoyaltyRewardPayload = Omit<LoyaltyReward, "id">

export type LoyaltyRewardListResponse = { rewards: LoyaltyReward[] }
export type LoyaltyRewardResponse = { reward: LoyaltyReward }

// ---- Segments ------------------------------------------------------------------

// The value kinds and id resources are the server's own catalogue types.
export type { SegmentIdResource, SegmentValueType }

/** One field a condition can test, as `GET /admin/segments/fields` describes it. */
export type SegmentFieldDefinition = {
  field: string
  label: string
  value_type: SegmentValueType
  operators: string[]
  /** Accepts a window of order dates. */
  window: boolean
  currency: "required" | "optional" | "none"
  /** Accepts `min_quantity` and `min_orders` (purchases). */
  quantities: boolean
  /** Needs a metadata `key`. */
  key: boolean
  resource?: SegmentIdResource
}

export type SegmentFieldsResponse = { fields: SegmentFieldDefinition[]; timezone: string }

export type SegmentCondition = {
  field: string
  op: string
  value?: unknown
  currency_code?: string
  window?: OrderWindow
  min_quantity?: number
  min_orders?: number
  key?: string
}

export type SegmentGroup = { all: SegmentRuleNode[] } | { any: SegmentRuleNode[] }

export type SegmentRuleNode = SegmentGroup | SegmentCondition

export type SegmentFlag = Pick<
  CustomerFlag,
  "id" | "name" | "abbreviation" | "icon" | "color" | "display"
>

export type Segment = {
  id: string
  name: string
  description: string | null
  rules: SegmentGroup
  flag_id: string | null
  flag: SegmentFlag | null
  remove_flag_on_leave: boolean
  /** Members at the last refresh (0 before the first). */
  member_count: number
  last_refreshed_at: string | null
  last_refresh_ms: number | null
  timezone: string
  created_at: string
  updated_at: string
}

export type SegmentPayload = {
  name: string
  description: string | null
  rules: SegmentGroup
  flag_id: string | null
  remove_flag_on_leave: boolean
}

export type SegmentListParams = { q?: string; order?: string; limit?: number; offset?: number }
export type SegmentListResponse = ListPage & { segments: Segment[] }
export type SegmentResponse = { segment: Segment }

export type SegmentSampleCustomer = LoyaltyCustomer & { created_at: string }

export type SegmentPreviewResponse = {
  count: number
  sample: SegmentSampleCustomer[]
  timezone: string
}

export type SegmentRefreshResponse = { segment: Segment; entered: number; left: number }

export type SegmentMemberStatus = "current" | "left" | "all"

export type SegmentMember = LoyaltyCustomer & {
  /** One period of membership: a customer who left and came back has two. */
  membership_id: string
  entered_at: string
  left_at: string | null
}

export type SegmentMembersParams = {
  status?: SegmentMemberStatus
  limit?: number
  offset?: number
  /** The `next_cursor` of the page before. */
  cursor?: string
}

export type SegmentMembersResponse = ListPage & {
  customers: SegmentMember[]
  /** The `cursor` of the next page; null on the last. */
  next_cursor: string | null
}

// ---- Benefits ------------------------------------------------------------------

/**
 * `offer_link`: a link and/or code shown in the shopper's account;
 * `discount`: money off chosen products or variants, through a Medusa promotion;
 * `early_access`: chosen products may be bought before their public sale start.
 */
export type BenefitKind = "discount" | "early_access" | "offer_link"

/** Whether `max_quantity` counts the items of each product or all items together. */
export type BenefitQuantityScope = "per_product" | "total"

export type BenefitDiscountType = "percentage" | "fixed"

/** Whose benefit it is: exactly one flag or one tier. */
export type BenefitOwner = { flag_id: string } | { tier_id: string }

export type Benefit = {
  id: string
  flag_id: string | null
  tier_id: string | null
  kind: BenefitKind
  title: string
  description: string | null
  url: string | null
  code: string | null
  starts_at: string | null
  ends_at: string | null
  is_active: boolean
  metadata: Record<string, unknown> | null
  product_ids: string[] | null
  variant_ids: string[] | null
  /** On how many of the products; null: all of them. */
  max_products: number | null
  /** How many items; null: any number. */
  max_quantity: number | null
  quantity_scope: BenefitQuantityScope
  early_access_from: string | null
  discount_type: BenefitDiscountType | null
  /** A percentage 1–100, or an amount in the currency's main unit (50 = 50 SEK). */
  discount_value: number | string | null
  currency_code: string | null
  /** The promotion carrying out a discount, kept in step by the server. */
  promotion_id: string | null
  created_at: string
  updated_at: string
}

/** What a save sends: the fields of the benefit's kind (the others are left out). */
export type BenefitPayload = Pick<Benefit, "title" | "description" | "starts_at" | "ends_at" | "is_active"> &
  Partial<
    Pick<
      Benefit,
      | "url"
      | "code"
      | "product_ids"
      | "variant_ids"
      | "max_products"
      | "max_quantity"
      | "quantity_scope"
      | "early_access_from"
      | "discount_type"
      | "currency_code"
    >
  > & { discount_value?: number | null }

export type CreateBenefitPayload = BenefitOwner & { kind: BenefitKind } & BenefitPayload

export type BenefitListResponse = ListPage & { benefits: Benefit[] }
export type BenefitResponse = { benefit: Benefit }

// ---- Product sale start -----------------------------------------------------------

/** An early-access benefit on a product, with the flag or tier it belongs to. */
export type ProductEarlyAccess = Pick<
  Benefit,
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

export type ProductSaleStartResponse = {
  sale_start: { product_id: string; public_sale_starts_at: string | null }
  early_access: ProductEarlyAccess[]
}

// Customer 360: the summary, B2B profile and notes on the customer page, and
// the customer overview (src/api/admin/customers/[id]/…, customer-overview).

export type CustomerSales = {
  currency_code: string
  /** In the currency's main unit, as Medusa's amounts are. */
  total: number
  order_count: number
  average_order_value: number
  first_order_at: string | null
  last_order_at: string | null
}

export type CustomerSummaryFlag = Pick<
  CustomerFlag,
  "id" | "name" | "abbreviation" | "icon" | "color" | "display"
>

export type CustomerSummary = {
  /** One line per currency the customer has bought in. */
  sales: CustomerSales[]
  order_count: number
  first_order_at: string | null
  last_order_at: string | null
  flags: CustomerSummaryFlag[]
  loyalty: {
    member_number: string
    points_available: number
    points_pending: number
    tier: { id: string; name: string } | null
  } | null
  segments: { id: string; name: string; entered_at: string }[]
}

export type CustomerSummaryResponse = { summary: CustomerSummary }

export type RiskRating = "low" | "medium" | "high"

export type B2BProfile = {
  id: string
  customer_id: string
  company: string | null
  organisation_number: string | null
  website: string | null
  /** In `currency_code`'s main unit. */
  allowed_outstanding_amount: number | null
  currency_code: string | null
  max_payment_days: number | null
  risk_rating: RiskRating | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

export type B2BProfileResponse = { b2b_profile: B2BProfile | null }

/** Any subset of the fields; null clears one. An amount needs its currency. */
export type B2BProfilePayload = Partial<
  Pick<
    B2BProfile,
    | "company"
    | "organisation_number"
    | "website"
    | "allowed_outstanding_amount"
    | "currency_code"
    | "max_payment_days"
    | "risk_rating"
  >
>

export type NoteAuthor = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export type CustomerNote = {
  id: string
  customer_id: string
  body: string
  author_id: string
  author: NoteAuthor | null
  created_at: string
  edited_at: string | null
  /** Earlier texts, oldest first; null when never edited. */
  revisions: { body: string; replaced_at: string }[] | null
  /** Only with `include_deleted`. */
  deleted_at?: string | null
  deleted_by?: string | null
}

export type CustomerNoteListParams = {
  include_deleted?: boolean
  limit?: number
  offset?: number
}

export type CustomerNoteListResponse = ListPage & { notes: CustomerNote[] }
export type CustomerNoteResponse = { note: CustomerNote }

/** The filters of the customer overview, as they are in the address (and the API's query). */
export type CustomerOverviewFilters = {
  q?: string
  flag_id?: string[]
  segment_id?: string
  tier_id?: string
  has_account?: "true" | "false"
  sales_min?: string
  sales_max?: string
  currency_code?: string
}

export type CustomerOverviewRow = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company: string | null
  /** The currency of the sales figures: the filter's, else the store's default (null: the store has none). */
  currency_code: string | null
  /** In `currency_code`'s main unit. */
  sales_total: number
  order_count: number
  last_order_at: string | null
  flags: Pick<CustomerFlag, "id" | "name" | "abbreviation" | "icon" | "color">[]
  points_available: number | null
  tier: { id: string; name: string } | null
  has_account: boolean
  marketing_consent: boolean
  created_at: string
}

export type CustomerOverviewResponse = ListPage & { customers: CustomerOverviewRow[] }

/** The file formats of the exports (`?format=`). */
export type ExportFormat = "csv" | "xlsx"

/** One benefit a customer may use now, as staff see it (GET /admin/customers/:id/benefits). */
export type CustomerBenefit = {
  id: string
  kind: BenefitKind
  title: string
  description: string | null
  source: { type: "flag" | "tier"; id: string; name: string }
  product_ids: string[]
  products: { id: string; title: string | null; remaining: number | null }[]
  /** What is left of the limits; null where unlimited. */
  remaining: { products: number | null; quantity: number | null }
  limits: { max_products: number | null; max_quantity: number | null; quantity_scope: "per_product" | "total" } | null
  discount: { type: "percentage" | "fixed"; value: number; currency_code: string | null } | null
  url: string | null
  code: string | null
  starts_at: string | null
  ends_at: string | null
  early_access_from: string | null
}

export type CustomerReward = {
  id: string
  name: string
  description: string | null
  kind: RewardKind
  amount: number
  currency_code: string
  points_cost: number
  affordable: boolean
}

export type CustomerBenefitsResponse = {
  benefits: CustomerBenefit[]
  rewards: CustomerReward[]
  points_available: number
}

/** One of a customer's redemptions in `GET /admin/customers/:id/loyalty/redemptions`. */
// A customer's redemptions read the same at the desk and in the store: one
// shape, the one the typed storefront client publishes.
export type {
  StoreLoyaltyRedemptionListItem as CustomerRedemption,
  StoreLoyaltyRedemptionsResponse as CustomerRedemptionsResponse,
} from "../../client/types"

export type StaffRedemptionResponse = {
  redemption: {
    id: string
    reward_id: string
    points: number
    kind: RewardKind
    amount: number
    currency_code: string
    code: string | null
    gift_card_id: string | null
    store_credit_account_id: string | null
    redeemed_by: string
    created_at: string
  }
}

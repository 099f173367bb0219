/**
 * The shapes of the plugin's admin API, under the names the admin code uses.
 * The response types are declared once, in src/types/http (type-only
 * imports: nothing of the server is bundled into the admin); what is declared
 * here is the admin's own: list filters as the pages keep them in the
 * address, and the payloads the forms build.
 */
import type {
  AdminBenefit,
  AdminBenefitListResponse,
  AdminBenefitResponse,
  AdminCustomerBenefit,
  AdminCustomerBenefitsResponse,
  AdminCustomerReward,
  AdminProductEarlyAccess,
  AdminProductSaleStartResponse,
} from "../../types/http/benefits"
import type { DeleteResponse as MedusaDeleteResponse } from "../../types/http/common"
import type {
  AdminB2BProfile,
  AdminB2BProfileResponse,
  AdminCustomerNote,
  AdminCustomerNoteListResponse,
  AdminCustomerNoteResponse,
  AdminCustomerOverviewResponse,
  AdminCustomerOverviewRow,
  AdminCustomerSales,
  AdminCustomerSummary,
  AdminCustomerSummaryFlag,
  AdminCustomerSummaryResponse,
  AdminNoteAuthor,
} from "../../types/http/customers"
import type {
  AdminCustomerFlag,
  AdminCustomerFlagAssignment,
  AdminCustomerFlagAssignmentResponse,
  AdminCustomerFlagAssignmentsResponse,
  AdminCustomerFlagListResponse,
  AdminCustomerFlagResponse,
  AdminFlagExpiry,
  AdminFlagPurchaseRule,
} from "../../types/http/flags"
import type {
  AdminCustomerLoyaltyEntriesResponse,
  AdminCustomerLoyaltyResponse,
  AdminCustomerRedemption,
  AdminCustomerRedemptionsResponse,
  AdminEarnRuleTarget,
  AdminLoyaltyAccount,
  AdminLoyaltyAccountResponse,
  AdminLoyaltyAdjustmentResponse,
  AdminLoyaltyCustomer,
  AdminLoyaltyEarnRule,
  AdminLoyaltyEarnRuleListResponse,
  AdminLoyaltyEarnRuleResponse,
  AdminLoyaltyEntry,
  AdminLoyaltyRedemptionResponse,
  AdminLoyaltyReportEntry,
  AdminLoyaltyReportResponse,
  AdminLoyaltyReportTotalsResponse,
  AdminLoyaltyReward,
  AdminLoyaltyRewardListResponse,
  AdminLoyaltyRewardResponse,
  AdminLoyaltySettings,
  AdminLoyaltySettingsResponse,
  AdminLoyaltyTier,
  AdminLoyaltyTierListResponse,
  AdminLoyaltyTierResponse,
  AdminLoyaltyTotals,
  AdminLoyaltyWeek,
  AdminLoyaltyWeeklyResponse,
  AdminRemoveLoyaltyMemberResponse,
} from "../../types/http/loyalty"
import type {
  AdminSegment,
  AdminSegmentFieldsResponse,
  AdminSegmentFlag,
  AdminSegmentListResponse,
  AdminSegmentMember,
  AdminSegmentMembersResponse,
  AdminSegmentPreviewResponse,
  AdminSegmentRefreshResponse,
  AdminSegmentResponse,
} from "../../types/http/segments"
import type {
  BenefitDiscountType,
  BenefitKind,
  BenefitQuantityScope,
  EarnRuleTarget as EarnRuleTargetKind,
  FlagAssignmentSource,
  FlagDisplayMode,
  LoyaltyEntrySource,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
  LoyaltyRewardKind,
  LoyaltyTierBasis,
  SegmentMemberStatus,
} from "../../modules/customer-loyalty/constants"
import type { RiskRating } from "../../modules/customer-insights/constants"
import type {
  SegmentFieldDefinition,
  SegmentIdResource,
  SegmentValueType,
} from "../../segments/catalog"

// ---- The enumerations (declared once, in the modules' constants) ----------------

export type {
  BenefitDiscountType,
  BenefitKind,
  BenefitQuantityScope,
  FlagAssignmentSource,
  LoyaltyEntrySource,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
  RiskRating,
  SegmentMemberStatus,
}
export type FlagDisplay = FlagDisplayMode
export type TierBasis = LoyaltyTierBasis
export type RewardKind = LoyaltyRewardKind
export type EarnRuleTargetType = EarnRuleTargetKind
export type { ExportFormat } from "../../types/http/common"

// ---- Flags -----------------------------------------------------------------------

export type FlagExpiry = AdminFlagExpiry
export type CustomerFlag = AdminCustomerFlag
export type FlagPurchaseRule = AdminFlagPurchaseRule
export type CustomerFlagListResponse = AdminCustomerFlagListResponse
export type CustomerFlagResponse = AdminCustomerFlagResponse
export type DeleteResponse = MedusaDeleteResponse<string>
export type CustomerFlagAssignment = AdminCustomerFlagAssignment
export type CustomerFlagAssignmentsResponse = AdminCustomerFlagAssignmentsResponse
export type CustomerFlagAssignmentResponse = AdminCustomerFlagAssignmentResponse

/** Orders placed in the last `days` days, or between two dates (YYYY-MM-DD, both included). */
export type OrderWindow = { days: number } | { from?: string; to?: string }

export type FlagPurchaseRulePayload = Partial<
  Pick<FlagPurchaseRule, "product_ids" | "variant_ids" | "collection_ids" | "category_ids">
> & {
  min_quantity?: number
  min_orders?: number
  window?: OrderWindow
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

export type CustomerFlagPayload = Pick<
  CustomerFlag,
  "name" | "abbreviation" | "icon" | "color" | "display" | "expiry" | "description"
> & { sales_channel_ids: string[] }

export type AssignCustomerFlagPayload = {
  flag_id: string
  note?: string
  expires_at?: string
}

// ---- Loyalty points ------------------------------------------------------------

export type LoyaltyCustomer = AdminLoyaltyCustomer
export type LoyaltyEntry = AdminLoyaltyEntry
export type LoyaltyReportEntry = AdminLoyaltyReportEntry
export type LoyaltyAccount = AdminLoyaltyAccount
export type CustomerLoyaltyResponse = AdminCustomerLoyaltyResponse
export type LoyaltyAccountResponse = AdminLoyaltyAccountResponse
export type RemoveLoyaltyMemberResponse = AdminRemoveLoyaltyMemberResponse
export type CustomerLoyaltyEntriesResponse = AdminCustomerLoyaltyEntriesResponse
export type AdjustPointsResponse = AdminLoyaltyAdjustmentResponse
export type LoyaltyTotals = AdminLoyaltyTotals
export type LoyaltyReportResponse = AdminLoyaltyReportResponse
export type LoyaltyReportTotalsResponse = AdminLoyaltyReportTotalsResponse
export type LoyaltyWeek = AdminLoyaltyWeek
export type LoyaltyWeeklyResponse = AdminLoyaltyWeeklyResponse
export type LoyaltySettings = AdminLoyaltySettings
export type LoyaltySettingsResponse = AdminLoyaltySettingsResponse
export type EarnRuleTarget = AdminEarnRuleTarget
export type LoyaltyEarnRule = AdminLoyaltyEarnRule
export type LoyaltyEarnRuleListResponse = AdminLoyaltyEarnRuleListResponse
export type LoyaltyEarnRuleResponse = AdminLoyaltyEarnRuleResponse
export type LoyaltyTier = AdminLoyaltyTier
export type LoyaltyTierListResponse = AdminLoyaltyTierListResponse
export type LoyaltyTierResponse = AdminLoyaltyTierResponse
export type LoyaltyReward = AdminLoyaltyReward
export type LoyaltyRewardListResponse = AdminLoyaltyRewardListResponse
export type LoyaltyRewardResponse = AdminLoyaltyRewardResponse
export type CustomerRedemption = AdminCustomerRedemption
export type CustomerRedemptionsResponse = AdminCustomerRedemptionsResponse
export type StaffRedemptionResponse = AdminLoyaltyRedemptionResponse

export type LoyaltyEntryListParams = {
  type?: string
  limit?: number
  offset?: number
  /** The `next_cursor` of the page before. */
  cursor?: string
}

export type AdjustPointsPayload = { points: number; description: string }

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

/** What a form saves: the row without its id (and its creation time). */
export type LoyaltyEarnRulePayload = Omit<LoyaltyEarnRule, "id" | "created_at">
export type LoyaltyTierPayload = Omit<LoyaltyTier, "id">
export type LoyaltyRewardPayload = Omit<LoyaltyReward, "id">

// ---- Segments ------------------------------------------------------------------

// The value kinds and id resources are the server's own catalogue types.
export type { SegmentFieldDefinition, SegmentIdResource, SegmentValueType }
export type SegmentFieldsResponse = AdminSegmentFieldsResponse
export type SegmentFlag = AdminSegmentFlag
export type Segment = AdminSegment
export type SegmentListResponse = AdminSegmentListResponse
export type SegmentResponse = AdminSegmentResponse
export type SegmentSampleCustomer = AdminSegmentPreviewResponse["sample"][number]
export type SegmentPreviewResponse = AdminSegmentPreviewResponse
export type SegmentRefreshResponse = AdminSegmentRefreshResponse
export type SegmentMember = AdminSegmentMember
export type SegmentMembersResponse = AdminSegmentMembersResponse

// A rule tree as the builder edits it: a condition's field and operator are
// any text until the server checks them.
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

export type SegmentPayload = {
  name: string
  description: string | null
  rules: SegmentGroup
  flag_id: string | null
  remove_flag_on_leave: boolean
}

export type SegmentListParams = { q?: string; order?: string; limit?: number; offset?: number }

export type SegmentMembersParams = {
  status?: SegmentMemberStatus
  limit?: number
  offset?: number
  /** The `next_cursor` of the page before. */
  cursor?: string
}

// ---- Benefits ------------------------------------------------------------------

export type Benefit = AdminBenefit
export type BenefitListResponse = AdminBenefitListResponse
export type BenefitResponse = AdminBenefitResponse
export type ProductEarlyAccess = AdminProductEarlyAccess
export type ProductSaleStartResponse = AdminProductSaleStartResponse
export type CustomerBenefit = AdminCustomerBenefit
export type CustomerReward = AdminCustomerReward
export type CustomerBenefitsResponse = AdminCustomerBenefitsResponse

/** Whose benefit it is: exactly one flag or one tier. */
export type BenefitOwner = { flag_id: string } | { tier_id: string }

/** What a save sends: the fields of the benefit's kind (the others are left out). */
export type BenefitPayload = Pick<
  Benefit,
  "title" | "description" | "starts_at" | "ends_at" | "is_active"
> &
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

// ---- Customer 360 ---------------------------------------------------------------

export type CustomerSales = AdminCustomerSales
export type CustomerSummaryFlag = AdminCustomerSummaryFlag
export type CustomerSummary = AdminCustomerSummary
export type CustomerSummaryResponse = AdminCustomerSummaryResponse
export type B2BProfile = AdminB2BProfile
export type B2BProfileResponse = AdminB2BProfileResponse
export type NoteAuthor = AdminNoteAuthor
export type CustomerNote = AdminCustomerNote
export type CustomerNoteListResponse = AdminCustomerNoteListResponse
export type CustomerNoteResponse = AdminCustomerNoteResponse
export type CustomerOverviewRow = AdminCustomerOverviewRow
export type CustomerOverviewResponse = AdminCustomerOverviewResponse

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

export type CustomerNoteListParams = {
  include_deleted?: boolean
  limit?: number
  offset?: number
}

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

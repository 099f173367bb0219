/**
 * The request bodies and queries of the admin routes: the input types of the
 * routes' validators, so they cannot drift from what the routes accept.
 * Server-side only (the validators reach the module's service): the admin
 * keeps the payloads its forms build in src/admin/lib/types.ts.
 */
import type { z } from "@medusajs/framework/zod"
import type * as FlagValidators from "../../api/admin/customer-flags/validators"
import type * as AssignValidators from "../../api/admin/customers/validators"
import type * as SegmentValidators from "../../api/admin/segments/validators"
import type * as LoyaltyValidators from "../../api/admin/loyalty/validators"
import type * as MemberLoyaltyValidators from "../../api/admin/customers/[id]/loyalty/validators"
import type * as BenefitValidators from "../../api/admin/benefits/validators"
import type * as B2BValidators from "../../api/admin/customers/[id]/b2b-profile/validators"
import type * as NoteValidators from "../../api/admin/customers/[id]/notes/validators"
import type * as OverviewValidators from "../../api/admin/customer-overview/validators"
import type * as MessageValidators from "../../api/admin/loyalty/messages/validators"

// ---- Flags -----------------------------------------------------------------

export type AdminCustomerFlagListParams = z.input<typeof FlagValidators.AdminGetCustomerFlagsParams>
export type AdminCreateCustomerFlag = z.input<typeof FlagValidators.AdminCreateCustomerFlag>
export type AdminUpdateCustomerFlag = z.input<typeof FlagValidators.AdminUpdateCustomerFlag>
export type AdminSetFlagPurchaseRule = z.input<typeof FlagValidators.AdminSetFlagPurchaseRule>
export type AdminAssignCustomerFlag = z.input<typeof AssignValidators.AdminAssignCustomerFlag>

// ---- Segments --------------------------------------------------------------

export type AdminSegmentListParams = z.input<typeof SegmentValidators.AdminGetSegmentsParams>
export type AdminSegmentMembersParams = z.input<
  typeof SegmentValidators.AdminGetSegmentMembersParams
>
export type AdminCreateSegment = z.input<typeof SegmentValidators.AdminCreateSegment>
export type AdminUpdateSegment = z.input<typeof SegmentValidators.AdminUpdateSegment>
export type AdminPreviewSegment = z.input<typeof SegmentValidators.AdminPreviewSegment>

// ---- Loyalty ---------------------------------------------------------------

export type AdminCustomerLoyaltyEntriesParams = z.input<
  typeof MemberLoyaltyValidators.AdminGetCustomerLoyaltyEntriesParams
>
export type AdminCreateLoyaltyAdjustment = z.input<
  typeof MemberLoyaltyValidators.AdminCreateLoyaltyAdjustment
>
export type AdminCreateLoyaltyRedemption = z.input<
  typeof MemberLoyaltyValidators.AdminCreateLoyaltyRedemption
>
export type AdminAddLoyaltyAccountMember = z.input<
  typeof LoyaltyValidators.AdminAddLoyaltyAccountMember
>
export type AdminUpdateLoyaltyAccount = z.input<typeof LoyaltyValidators.AdminUpdateLoyaltyAccount>
export type AdminCloseLoyaltyAccount = z.input<typeof LoyaltyValidators.AdminCloseLoyaltyAccount>
export type AdminLoyaltyAccountListParams = z.input<
  typeof LoyaltyValidators.AdminGetLoyaltyAccountsParams
>
export type AdminLoyaltyEntryListParams = z.input<
  typeof LoyaltyValidators.AdminGetLoyaltyEntriesParams
>
export type AdminUpdateLoyaltySettings = z.input<
  typeof LoyaltyValidators.AdminUpdateLoyaltySettings
>
export type AdminCreateLoyaltyEarnRule = z.input<
  typeof LoyaltyValidators.AdminCreateLoyaltyEarnRule
>
export type AdminUpdateLoyaltyEarnRule = z.input<
  typeof LoyaltyValidators.AdminUpdateLoyaltyEarnRule
>
export type AdminCreateLoyaltyTier = z.input<typeof LoyaltyValidators.AdminCreateLoyaltyTier>
export type AdminUpdateLoyaltyTier = z.input<typeof LoyaltyValidators.AdminUpdateLoyaltyTier>
export type AdminCreateLoyaltyReward = z.input<typeof LoyaltyValidators.AdminCreateLoyaltyReward>
export type AdminUpdateLoyaltyReward = z.input<typeof LoyaltyValidators.AdminUpdateLoyaltyReward>

// ---- Benefits --------------------------------------------------------------

export type AdminBenefitListParams = z.input<typeof BenefitValidators.AdminGetBenefitsParams>
export type AdminCreateBenefit = z.input<typeof BenefitValidators.AdminCreateBenefit>
export type AdminUpdateBenefit = z.input<typeof BenefitValidators.AdminUpdateBenefit>
export type AdminSetProductSaleStart = z.input<typeof BenefitValidators.AdminSetProductSaleStart>

// ---- Customers -------------------------------------------------------------

export type AdminUpsertB2BProfile = z.input<typeof B2BValidators.AdminUpsertB2BProfile>
export type AdminCustomerNoteListParams = z.input<typeof NoteValidators.AdminGetCustomerNotesParams>
export type AdminCreateCustomerNote = z.input<typeof NoteValidators.AdminCreateCustomerNote>
export type AdminUpdateCustomerNote = z.input<typeof NoteValidators.AdminUpdateCustomerNote>
export type AdminCustomerOverviewParams = z.input<
  typeof OverviewValidators.AdminGetCustomerOverviewParams
>

// ---- Messages --------------------------------------------------------------

export type AdminSaveLoyaltyMessages = z.input<typeof MessageValidators.AdminSaveLoyaltyMessages>
export type AdminPreviewLoyaltyMessage = z.input<
  typeof MessageValidators.AdminPreviewLoyaltyMessage
>

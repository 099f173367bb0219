import { AdditionalData } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { createSelectParams, WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import { exportFormatParam } from "../../utils/export/export-format"
import {
  dateRangeParams,
  cursorPagingParams,
  cursorWithoutOffset,
  cursorWithoutOffsetError,
  findParams,
  isoDateString,
  queryBoolean,
  queryEnumList,
  rangeInOrder,
  searchQuery,
} from "../../utils/loyalty-validators"
import { fieldError } from "../../../lib/schemas/field-rules"
import { oneOf } from "../../../lib/schemas/field-rules"
import {
  bookingPendingHours,
  CURRENCY_CODE,
  earnRuleTarget,
  endsAfterStarts,
  expiryMonths,
  loyaltyName,
  MAX_POINTS_PER_UNIT,
  minRedeem,
  pendingDays,
  pointsMultiplier,
  pointsPerItem,
  pointsPerUnit,
  rewardAmount,
  rewardCurrencyCode,
  rewardPointsCost,
  tierMinPoints,
  tierRank,
} from "../../../lib/schemas/loyalty-program"
import {
  ACCOUNT_STATUSES,
  EARN_RULE_TARGETS as TARGET_TYPES,
  ENTRY_STATUSES,
  ENTRY_TYPES,
  REWARD_KINDS,
  TIER_BASES,
} from "../../../modules/customer-loyalty/constants"

// The fields the admin's forms check too are in src/lib/schemas/loyalty-program.ts.
const description = z
  .string(fieldError("description", "must be a string"))
  .max(2000, fieldError("description", "must be at most 2000 characters"))
  .nullish()
const metadata = z.record(z.string(), z.unknown()).nullish()

// ---- Settings ----------------------------------------------------------------

/** `{ sek: 1, eur: 10 }`: points per whole unit, keys lower-cased. */
const pointsPerCurrency = z
  .record(z.string(), z.unknown(), fieldError("points_per_currency", "must be an object"))
  .superRefine((rates, ctx) => {
    for (const [code, rate] of Object.entries(rates)) {
      if (!CURRENCY_CODE.test(code)) {
        ctx.addIssue({
          code: "custom",
          message: `Field 'points_per_currency' must be keyed by 3-letter currency codes, got '${code}'`,
        })
      } else if (!pointsPerUnit.safeParse(rate).success) {
        ctx.addIssue({
          code: "custom",
          message: `Field 'points_per_currency.${code}' must be a number from 0 to ${MAX_POINTS_PER_UNIT}`,
        })
      }
    }
  })
  .transform(
    (rates) =>
      Object.fromEntries(
        Object.entries(rates).map(([code, rate]) => [code.toLowerCase(), rate])
      ) as Record<string, number>
  )

export const AdminUpdateLoyaltySettings = z
  .object({
    points_per_currency: pointsPerCurrency.optional(),
    pending_days: pendingDays.optional(),
    booking_pending_hours: bookingPendingHours.optional(),
    expiry_months: expiryMonths.nullable().optional(),
    min_redeem: minRedeem.optional(),
  })
  .strict()
export type AdminUpdateLoyaltySettingsType = z.infer<typeof AdminUpdateLoyaltySettings>

// ---- Earn rules ----------------------------------------------------------------

const date = (field: string) => isoDateString(field).nullish()

const earnRuleFields = {
  name: loyaltyName,
  target: earnRuleTarget,
  points_per_item: pointsPerItem.nullish(),
  multiplier: pointsMultiplier("multiplier").nullish(),
  starts_at: date("starts_at"),
  ends_at: date("ends_at"),
  is_active: z.boolean(fieldError("is_active", "must be true or false")),
}

export const AdminCreateLoyaltyEarnRule = z
  .object({
    ...earnRuleFields,
    is_active: earnRuleFields.is_active.default(true),
  })
  .strict()
  .refine((rule) => (rule.points_per_item == null) !== (rule.multiplier == null), {
    message: "Exactly one of the fields 'points_per_item' and 'multiplier' must be set",
  })
  .refine(endsAfterStarts, fieldError("ends_at", "must be after 'starts_at'"))
export type AdminCreateLoyaltyEarnRuleType = z.infer<typeof AdminCreateLoyaltyEarnRule>

export const AdminUpdateLoyaltyEarnRule = z
  .object({
    name: loyaltyName.optional(),
    target: earnRuleTarget.optional(),
    points_per_item: earnRuleFields.points_per_item,
    multiplier: earnRuleFields.multiplier,
    starts_at: earnRuleFields.starts_at,
    ends_at: earnRuleFields.ends_at,
    is_active: earnRuleFields.is_active.optional(),
  })
  .strict()
  .refine((rule) => rule.points_per_item == null || rule.multiplier == null, {
    message: "Only one of the fields 'points_per_item' and 'multiplier' may be set",
  })
  .refine(endsAfterStarts, fieldError("ends_at", "must be after 'starts_at'"))
export type AdminUpdateLoyaltyEarnRuleType = z.infer<typeof AdminUpdateLoyaltyEarnRule>

export const AdminGetLoyaltyEarnRuleParams = createSelectParams()
export const AdminGetLoyaltyEarnRulesParams = findParams(50).extend({
  q: searchQuery(),
  is_active: queryBoolean("is_active").optional(),
  target_type: z.enum(TARGET_TYPES, fieldError("target_type", oneOf(TARGET_TYPES))).optional(),
})

// ---- Tiers ---------------------------------------------------------------------

const basis = z.enum(TIER_BASES, fieldError("basis", oneOf(TIER_BASES)))

export const AdminCreateLoyaltyTier = z
  .object({
    name: loyaltyName,
    min_points: tierMinPoints,
    basis: basis.default("lifetime"),
    rank: tierRank,
    description,
    // Multiplies what members on the tier earn from amounts; null = 1.
    points_multiplier: pointsMultiplier("points_multiplier").nullish(),
    metadata,
  })
  .strict()
export type AdminCreateLoyaltyTierType = z.infer<typeof AdminCreateLoyaltyTier>

export const AdminUpdateLoyaltyTier = z
  .object({
    name: loyaltyName.optional(),
    min_points: tierMinPoints.optional(),
    basis: basis.optional(),
    rank: tierRank.optional(),
    description,
    points_multiplier: pointsMultiplier("points_multiplier").nullish(),
    metadata,
  })
  .strict()
export type AdminUpdateLoyaltyTierType = z.infer<typeof AdminUpdateLoyaltyTier>

export const AdminGetLoyaltyTierParams = createSelectParams()

// ---- Rewards -------------------------------------------------------------------

const rewardFields = {
  name: loyaltyName,
  description,
  points_cost: rewardPointsCost,
  kind: z.enum(REWARD_KINDS, fieldError("kind", oneOf(REWARD_KINDS))),
  amount: rewardAmount,
  currency_code: rewardCurrencyCode,
  is_active: z.boolean(fieldError("is_active", "must be true or false")),
}

const CreateLoyaltyReward = z
  .object({
    ...rewardFields,
    kind: rewardFields.kind.default("promotion_code"),
    is_active: rewardFields.is_active.default(true),
  })
  .strict()
/** With `additional_data` for the workflow's hook (see docs/extending.md). */
export const AdminCreateLoyaltyReward = WithAdditionalData(CreateLoyaltyReward)
export type AdminCreateLoyaltyRewardType = z.infer<typeof CreateLoyaltyReward> & AdditionalData

const UpdateLoyaltyReward = z
  .object({
    name: loyaltyName.optional(),
    description,
    points_cost: rewardFields.points_cost.optional(),
    kind: rewardFields.kind.optional(),
    amount: rewardFields.amount.optional(),
    currency_code: rewardCurrencyCode.optional(),
    is_active: rewardFields.is_active.optional(),
  })
  .strict()
export const AdminUpdateLoyaltyReward = WithAdditionalData(UpdateLoyaltyReward)
export type AdminUpdateLoyaltyRewardType = z.infer<typeof UpdateLoyaltyReward> & AdditionalData

export const AdminGetLoyaltyRewardParams = createSelectParams()
export const AdminGetLoyaltyRewardsParams = findParams(50).extend({
  q: searchQuery(),
  is_active: queryBoolean("is_active").optional(),
})

// ---- Accounts ------------------------------------------------------------------

export const AdminGetLoyaltyAccountsParams = z
  .object({
    q: z
      .string(fieldError("q", "must be a string"))
      .trim()
      .max(200, fieldError("q", "must be at most 200 characters"))
      .optional(),
    tier_id: z.string().optional(),
    status: z.enum(ACCOUNT_STATUSES, fieldError("status", oneOf(ACCOUNT_STATUSES))).optional(),
    ...cursorPagingParams(50),
  })
  .strict()
  .refine(cursorWithoutOffset, cursorWithoutOffsetError)
export type AdminGetLoyaltyAccountsParamsType = z.infer<typeof AdminGetLoyaltyAccountsParams>

export const AdminAddLoyaltyAccountMember = z
  .object({
    customer_id: z
      .string(fieldError("customer_id", "must be a string"))
      .trim()
      .min(1, fieldError("customer_id", "must not be empty")),
  })
  .strict()
export type AdminAddLoyaltyAccountMemberType = z.infer<typeof AdminAddLoyaltyAccountMember>

/**
 * A card number or a barcode: letters, digits and the punctuation card
 * numbers use, no spaces (a scanner sends none, and staff type it exactly).
 */
const MEMBER_IDENTIFIER = /^[A-Za-z0-9._:/#+-]+$/
export const MEMBER_IDENTIFIER_MAX_LENGTH = 64

export const AdminUpdateLoyaltyAccount = z
  .object({
    identifier: z
      .string(fieldError("identifier", "must be a string, or null to clear it"))
      .trim()
      .min(1, fieldError("identifier", "must not be empty (send null to clear it)"))
      .max(
        MEMBER_IDENTIFIER_MAX_LENGTH,
        fieldError("identifier", `must be at most ${MEMBER_IDENTIFIER_MAX_LENGTH} characters`)
      )
      .regex(
        MEMBER_IDENTIFIER,
        fieldError("identifier", "may contain only letters A-Z, digits and . _ : / # + -")
      )
      .nullable(),
  })
  .strict()
export type AdminUpdateLoyaltyAccountType = z.infer<typeof AdminUpdateLoyaltyAccount>

export const AdminCloseLoyaltyAccount = z
  .object({
    reason: z
      .string(fieldError("reason", "must be a string"))
      .trim()
      .min(1, fieldError("reason", "must not be empty"))
      .max(500, fieldError("reason", "must be at most 500 characters")),
  })
  .strict()
export type AdminCloseLoyaltyAccountType = z.infer<typeof AdminCloseLoyaltyAccount>

// ---- Entries report ------------------------------------------------------------

const entryFilterFields = {
  ...dateRangeParams,
  type: queryEnumList("type", ENTRY_TYPES).optional(),
  status: queryEnumList("status", ENTRY_STATUSES).optional(),
  customer_id: z.string().optional(),
  q: z.string().trim().optional(),
}

export const AdminGetLoyaltyEntriesParams = z
  .object({
    ...entryFilterFields,
    ...cursorPagingParams(50),
    // The count and totals read the whole filter; a page by cursor needs neither.
    with_totals: queryBoolean("with_totals").default(true),
  })
  .strict()
  .refine(cursorWithoutOffset, cursorWithoutOffsetError)
  .refine(rangeInOrder, fieldError("to", "must not be before 'from'"))
export type AdminGetLoyaltyEntriesParamsType = z.infer<typeof AdminGetLoyaltyEntriesParams>

export const AdminExportLoyaltyEntriesParams = z
  .object({ ...entryFilterFields, format: exportFormatParam })
  .strict()
  .refine(rangeInOrder, fieldError("to", "must not be before 'from'"))
export type AdminExportLoyaltyEntriesParamsType = z.infer<typeof AdminExportLoyaltyEntriesParams>

export const AdminGetLoyaltyEntriesTotalsParams = z
  .object(entryFilterFields)
  .strict()
  .refine(rangeInOrder, fieldError("to", "must not be before 'from'"))
export type AdminGetLoyaltyEntriesTotalsParamsType = z.infer<
  typeof AdminGetLoyaltyEntriesTotalsParams
>

export const AdminGetLoyaltyWeeklyParams = z
  .object(entryFilterFields)
  .strict()
  .refine(rangeInOrder, fieldError("to", "must not be before 'from'"))
export type AdminGetLoyaltyWeeklyParamsType = z.infer<typeof AdminGetLoyaltyWeeklyParams>

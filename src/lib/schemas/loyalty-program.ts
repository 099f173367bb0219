import { z } from "zod"
import { EARN_RULE_TARGETS } from "../../modules/customer-loyalty/constants"
import { aboveZero, fieldError, oneOf, wholeNumber } from "./field-rules"

/*
 * The rules of the loyalty program's settings, earn rules, tiers and rewards,
 * for the API's validators and the admin's forms alike. Each carries the
 * API's message; a form checks a value by the rule and words the refusal for
 * staff itself.
 */

/** The name of an earn rule, a tier or a reward. */
export const loyaltyName = z
  .string(fieldError("name", "must be a string"))
  .trim()
  .min(1, fieldError("name", "must not be empty"))
  .max(200, fieldError("name", "must be at most 200 characters"))

export const CURRENCY_CODE = /^[a-zA-Z]{3}$/

// ---- Settings ------------------------------------------------------------------

// Far above any real program, and low enough that an order's points stay a
// number the ledger can hold (a larger one is refused with a 409, not lost).
export const MAX_POINTS_PER_UNIT = 10_000

/** Points per whole unit of one currency (the API words its message per currency). */
export const pointsPerUnit = z.number().min(0).max(MAX_POINTS_PER_UNIT)

export const pendingDays = wholeNumber("pending_days", 0, 365)
export const bookingPendingHours = wholeNumber("booking_pending_hours", 0, 720)
export const expiryMonths = wholeNumber("expiry_months", 1, 120)
export const minRedeem = wholeNumber("min_redeem", 0)

// ---- Earn rules ----------------------------------------------------------------

/**
 * The target as one object, `{ type, id }`: `id` is the product, variant,
 * collection or category id (a product or variant id for `service`), and
 * is left out for `all`.
 */
export const earnRuleTarget = z
  .object(
    {
      type: z.enum(EARN_RULE_TARGETS, fieldError("target.type", oneOf(EARN_RULE_TARGETS))),
      id: z
        .string(fieldError("target.id", "must be a string"))
        .trim()
        .min(1, fieldError("target.id", "must not be empty"))
        .nullish(),
    },
    fieldError("target", "must be an object like { type, id }")
  )
  .strict()
  .superRefine((value, ctx) => {
    if (value.type === "all" && value.id) {
      ctx.addIssue({
        code: "custom",
        message: "Field 'target.id' must be empty when target.type is 'all'",
      })
    }
    if (value.type !== "all" && !value.id) {
      ctx.addIssue({
        code: "custom",
        message: `Field 'target.id' is required when target.type is '${value.type}'`,
      })
    }
  })

export const pointsPerItem = wholeNumber("points_per_item", 1)

/** A factor on the points an amount earns: an earn rule's, or a tier's. */
export const pointsMultiplier = (field: "multiplier" | "points_multiplier") =>
  z
    .number(fieldError(field, "must be a number"))
    .lte(100, fieldError(field, "must be at most 100"))
    .refine(...aboveZero(field))

/** A campaign's end comes after its start, when it has both (ISO dates). */
export const endsAfterStarts = (rule: { starts_at?: string | null; ends_at?: string | null }) =>
  !rule.starts_at || !rule.ends_at || Date.parse(rule.ends_at) > Date.parse(rule.starts_at)

// ---- Tiers ---------------------------------------------------------------------

export const tierMinPoints = wholeNumber("min_points", 0)
export const tierRank = wholeNumber("rank", 0)

// ---- Rewards -------------------------------------------------------------------

// Money in whole units of the reward's currency.
export const MAX_REWARD_AMOUNT = 1_000_000_000

export const rewardPointsCost = wholeNumber("points_cost", 1)

export const rewardAmount = z
  .number(fieldError("amount", "must be a number"))
  .lte(MAX_REWARD_AMOUNT, fieldError("amount", `must be at most ${MAX_REWARD_AMOUNT}`))
  .refine(...aboveZero("amount"))

export const rewardCurrencyCode = z
  .string(fieldError("currency_code", "must be a string"))
  .regex(CURRENCY_CODE, fieldError("currency_code", "must be a 3-letter currency code"))
  .transform((code) => code.toLowerCase())

import { z } from "zod"
import {
  earnRuleTarget,
  endsAfterStarts,
  loyaltyName,
  pointsMultiplier,
  pointsPerItem,
} from "../../lib/schemas/loyalty-program"
import { endOfDay } from "./flag-format"
import { numberOf, passes } from "./form-rules"
import { EarnRuleTargetType, LoyaltyEarnRule, LoyaltyEarnRulePayload } from "./types"

/** The target as it is being picked: a variant (or a service's variant) is found through its product. */
export type EarnRuleTargetDraft = {
  type: EarnRuleTargetType
  id: string | null
  /** What `id` is called, to show the current choice. */
  label: string | null
  productId: string | null
  productLabel: string | null
}

export const emptyTarget = (type: EarnRuleTargetType = "all"): EarnRuleTargetDraft => ({
  type,
  id: null,
  label: null,
  productId: null,
  productLabel: null,
})

/** The target the API gets: `all` has no id. */
const targetOf = (draft: EarnRuleTargetDraft): LoyaltyEarnRulePayload["target"] =>
  draft.type === "all" ? { type: "all", id: null } : { type: draft.type, id: draft.id }

type Mode = "points_per_item" | "multiplier"

/** A campaign from the first moment of its first day to the last of its last, as the API gets it. */
const campaignDates = (values: { starts_at: Date | null; ends_at: Date | null }) => {
  const startOfDay = values.starts_at && new Date(values.starts_at)
  startOfDay?.setHours(0, 0, 0, 0)
  return {
    starts_at: startOfDay ? startOfDay.toISOString() : null,
    ends_at: values.ends_at ? endOfDay(values.ends_at).toISOString() : null,
  }
}

/**
 * The earn rule form's values, checked by the API's rules for an earn rule:
 * of the points per item and the multiplier only the one chosen counts.
 */
export const earnRuleFormSchema = z
  .object({
    name: z
      .string()
      .refine(passes(loyaltyName), 'Give the rule a name, e.g. "Double points in December".'),
    target: z.custom<EarnRuleTargetDraft>().superRefine((target, ctx) => {
      if (!passes(earnRuleTarget)(targetOf(target))) {
        ctx.addIssue({
          code: "custom",
          message:
            target.type === "variant"
              ? "Pick a product, then one of its variants."
              : "Pick what the rule applies to.",
        })
      }
    }),
    mode: z.custom<Mode>(),
    points_per_item: z.string(),
    multiplier: z.string(),
    starts_at: z.date().nullable(),
    ends_at: z.date().nullable(),
    is_active: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (
      values.mode === "points_per_item" &&
      !passes(pointsPerItem)(numberOf(values.points_per_item))
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["points_per_item"],
        message: "Use a whole number of points, 1 or more.",
      })
    }
    if (
      values.mode === "multiplier" &&
      !passes(pointsMultiplier("multiplier"))(numberOf(values.multiplier))
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["multiplier"],
        message: "Use a factor greater than 0 and at most 100, e.g. 2 or 1.5.",
      })
    }
    if (!endsAfterStarts(campaignDates(values))) {
      ctx.addIssue({
        code: "custom",
        path: ["ends_at"],
        message: "The end must come after the start.",
      })
    }
  })

export type EarnRuleFormValues = z.input<typeof earnRuleFormSchema>

/** The form's values for the rule (`targetLabel`: its target's name, when known), or for a new one. */
export const toEarnRuleFormValues = (
  rule?: LoyaltyEarnRule,
  targetLabel?: string | null
): EarnRuleFormValues => ({
  name: rule?.name ?? "",
  target: rule
    ? { ...emptyTarget(rule.target.type), id: rule.target.id, label: targetLabel ?? rule.target.id }
    : emptyTarget(),
  mode: rule?.multiplier != null ? "multiplier" : "points_per_item",
  points_per_item: rule?.points_per_item != null ? String(rule.points_per_item) : "",
  multiplier: rule?.multiplier != null ? String(Number(rule.multiplier)) : "2",
  starts_at: rule?.starts_at ? new Date(rule.starts_at) : null,
  ends_at: rule?.ends_at ? new Date(rule.ends_at) : null,
  is_active: rule?.is_active ?? true,
})

export const toEarnRulePayload = (values: EarnRuleFormValues): LoyaltyEarnRulePayload => ({
  name: values.name.trim(),
  target: targetOf(values.target),
  points_per_item: values.mode === "points_per_item" ? Number(values.points_per_item) : null,
  multiplier: values.mode === "multiplier" ? Number(values.multiplier) : null,
  ...campaignDates(values),
  is_active: values.is_active,
})

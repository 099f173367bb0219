import { z } from "zod"
import {
  loyaltyName,
  pointsMultiplier,
  tierMinPoints,
  tierRank,
} from "../../lib/schemas/loyalty-program"
import { numberText, passes } from "./form-rules"
import { LoyaltyTier, LoyaltyTierPayload, TierBasis } from "./types"

/** The tier form's values, checked by the API's rules for a tier (numbers as typed). */
export const tierFormSchema = z.object({
  name: z.string().refine(passes(loyaltyName), "Give the tier a name."),
  min_points: numberText(tierMinPoints, "Use a whole number of points, 0 or more."),
  basis: z.custom<TierBasis>(),
  rank: numberText(tierRank, "Use a whole number, 0 or more."),
  points_multiplier: numberText(
    pointsMultiplier("points_multiplier"),
    "Use a number above 0 and at most 100, such as 1.5.",
    { optional: true }
  ),
  description: z.string(),
})

export type TierFormValues = z.input<typeof tierFormSchema>

/** The form's values for the tier, or for a new one ranked `defaultRank`. */
export const toTierFormValues = (
  tier: LoyaltyTier | undefined,
  defaultRank: number
): TierFormValues => ({
  name: tier?.name ?? "",
  min_points: tier ? String(tier.min_points) : "",
  basis: tier?.basis ?? "lifetime",
  rank: String(tier?.rank ?? defaultRank),
  points_multiplier: tier?.points_multiplier == null ? "" : String(tier.points_multiplier),
  description: tier?.description ?? "",
})

export const toTierPayload = (values: TierFormValues): LoyaltyTierPayload => ({
  name: values.name.trim(),
  min_points: Number(values.min_points),
  basis: values.basis,
  rank: Number(values.rank),
  points_multiplier:
    values.points_multiplier.trim() === "" ? null : Number(values.points_multiplier),
  description: values.description.trim() || null,
})

import { z } from "zod"
import {
  loyaltyName,
  rewardAmount,
  rewardCurrencyCode,
  rewardPointsCost,
} from "../../lib/schemas/loyalty-program"
import { numberText, passes } from "./form-rules"
import { LoyaltyReward, LoyaltyRewardPayload, RewardKind } from "./types"

/** The reward form's values, checked by the API's rules for a reward (numbers as typed). */
export const rewardFormSchema = z.object({
  name: z.string().refine(passes(loyaltyName), "Give the reward a name."),
  description: z.string(),
  points_cost: numberText(rewardPointsCost, "Use a whole number of points, 1 or more."),
  kind: z.custom<RewardKind>(),
  amount: numberText(rewardAmount, "Use an amount greater than 0."),
  currency_code: z
    .string()
    .refine(passes(rewardCurrencyCode), "Choose the currency of the amount."),
  is_active: z.boolean(),
})

export type RewardFormValues = z.input<typeof rewardFormSchema>

export const toRewardFormValues = (reward?: LoyaltyReward): RewardFormValues => ({
  name: reward?.name ?? "",
  description: reward?.description ?? "",
  points_cost: reward ? String(reward.points_cost) : "",
  kind: reward?.kind ?? "promotion_code",
  amount: reward ? String(reward.amount) : "",
  currency_code: reward?.currency_code.toLowerCase() ?? "",
  is_active: reward?.is_active ?? true,
})

export const toRewardPayload = (values: RewardFormValues): LoyaltyRewardPayload => ({
  name: values.name.trim(),
  description: values.description.trim() || null,
  points_cost: Number(values.points_cost),
  kind: values.kind,
  amount: Number(values.amount),
  currency_code: values.currency_code.toLowerCase(),
  is_active: values.is_active,
})

import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

import type { EarnRuleTarget } from "../constants"

export type { EarnRuleTarget }

export type EarnRuleLike = {
  id: string
  target_type: EarnRuleTarget
  target_id: string | null
  points_per_item: number | null
  multiplier: BigNumberInput | null
  starts_at: Date | string | null
  ends_at: Date | string | null
  is_active: boolean
}

export type PointsItem = {
  id: string
  quantity: number
  /** What counts: the line's amount after discounts, without tax. */
  amount: BigNumberInput
  product_id?: string | null
  variant_id?: string | null
  collection_id?: string | null
  category_ids?: string[]
}

export type PointsLine = {
  item_id: string
  amount: string
  multiplier: string
  fixed_points: number
  points: number
  rule_ids: string[]
}

export type PointsCalculation = {
  points: number
  lines: PointsLine[]
  /** The member's tier multiplier the lines used ("1" without one). */
  tier_multiplier: string
}

/** Whether a rule applies at `at` (its dates, if any, include it). */
export function isRuleActive(rule: EarnRuleLike, at: Date): boolean {
  if (!rule.is_active) {
    return false
  }
  const time = at.getTime()
  const starts = rule.starts_at ? new Date(rule.starts_at).getTime() : -Infinity
  const ends = rule.ends_at ? new Date(rule.ends_at).getTime() : Infinity
  return starts <= time && time <= ends
}

/**
 * Whether a rule targets an item. `service` rules target the product or
 * variant of a booking; they apply to orders of that product too.
 */
export function ruleMatchesItem(rule: EarnRuleLike, item: PointsItem): boolean {
  switch (rule.target_type) {
    case "all":
      return true
    case "product":
      return !!item.product_id && rule.target_id === item.product_id
    case "variant":
      return !!item.variant_id && rule.target_id === item.variant_id
    case "collection":
      return !!item.collection_id && rule.target_id === item.collection_id
    case "category":
      return !!rule.target_id && !!item.category_ids?.includes(rule.target_id)
    case "service":
      return (
        !!rule.target_id &&
        (rule.target_id === item.product_id || rule.target_id === item.variant_id)
      )
  }
}

/**
 * The points a purchase earns. Each line earns `amount × rate × multiplier`
 * rounded down, plus `points_per_item × quantity`. When several multiplier
 * rules match a line the highest one counts (campaigns do not stack);
 * fixed points from every matching rule add up.
 *
 * `rate` is the points one whole unit of the currency earns (settings'
 * `points_per_currency[currency_code]`); with no rate only fixed points count.
 * `tier_multiplier` (the member's tier's) multiplies the amount's points on
 * top of the rules' multiplier; fixed points stay as the rules set them.
 */
export function calculatePoints({
  items,
  rate,
  rules,
  at,
  tier_multiplier,
}: {
  items: PointsItem[]
  rate: BigNumberInput | null | undefined
  rules: EarnRuleLike[]
  at: Date
  tier_multiplier?: BigNumberInput | null
}): PointsCalculation {
  const active = rules.filter((rule) => isRuleActive(rule, at))
  const tierMultiplier =
    tier_multiplier != null && MathBN.gt(tier_multiplier, 0)
      ? MathBN.convert(tier_multiplier)
      : MathBN.convert(1)
  const lines = items.map((item): PointsLine => {
    const matching = active.filter((rule) => ruleMatchesItem(rule, item))
    const multiplier = matching.reduce(
      (highest, rule) =>
        rule.multiplier != null && MathBN.gt(rule.multiplier, highest)
          ? MathBN.convert(rule.multiplier)
          : highest,
      MathBN.convert(1)
    )
    const fixedPerItem = matching.reduce((sum, rule) => sum + (rule.points_per_item ?? 0), 0)
    const amount = MathBN.max(MathBN.convert(item.amount), 0)
    const fromAmount = MathBN.mult(
      MathBN.mult(MathBN.mult(amount, rate ?? 0), multiplier),
      tierMultiplier
    )
      .integerValue(1 /* ROUND_DOWN */)
      .toNumber()
    const fixed = fixedPerItem * item.quantity
    return {
      item_id: item.id,
      amount: amount.toString(),
      multiplier: multiplier.toString(),
      fixed_points: fixed,
      points: fromAmount + fixed,
      rule_ids: matching.map((rule) => rule.id),
    }
  })
  return {
    points: lines.reduce((sum, line) => sum + line.points, 0),
    lines,
    tier_multiplier: tierMultiplier.toString(),
  }
}

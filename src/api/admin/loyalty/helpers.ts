import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { EarnRuleTargetType } from "../../../workflows/loyalty-config"

type Row = Record<string, any>

/** Numbers stored as big numbers come back as numbers, never strings. */
const toNumber = (value: unknown) =>
  value === null || value === undefined ? value : Number(value)

/**
 * Presents an earn rule as the API speaks of it: the target as one object,
 * `{ type, id }` (`id` null for `all`), the same shape the bodies take.
 */
export function formatEarnRule(rule: Row) {
  const { target_type, target_id, raw_multiplier: _, ...rest } = rule
  const formatted: Row = { ...rest }
  if (target_type !== undefined) {
    formatted.target = { type: target_type, id: target_id ?? null }
  }
  if ("multiplier" in rule) {
    formatted.multiplier = toNumber(rule.multiplier)
  }
  return formatted
}

export function formatTier(tier: Row) {
  const { raw_points_multiplier: _, ...rest } = tier
  return "points_multiplier" in tier
    ? { ...rest, points_multiplier: toNumber(tier.points_multiplier) }
    : rest
}

export function formatReward(reward: Row) {
  const { raw_amount: _, ...rest } = reward
  return "amount" in reward ? { ...rest, amount: toNumber(reward.amount) } : rest
}

/** The body's `target` object as the two stored columns. */
export function targetColumns(target: {
  type: EarnRuleTargetType
  id?: string | null
}) {
  return { target_type: target.type, target_id: target.id ?? null }
}

const ENTITY_NAMES: Record<string, string> = {
  loyalty_earn_rule: "Loyalty earn rule",
  loyalty_tier: "Loyalty tier",
  loyalty_reward: "Loyalty reward",
}

/** One record by id with the requested fields, or a 404. */
export async function refetchLoyaltyRecord(
  scope: MedusaContainer,
  entity: "loyalty_earn_rule" | "loyalty_tier" | "loyalty_reward",
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { id } })
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${ENTITY_NAMES[entity]} with id: ${id} was not found`
    )
  }
  return record as Row
}

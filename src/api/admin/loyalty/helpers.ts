import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { EarnRuleTarget } from "../../../modules/customer-loyalty/constants"
import type {
  AdminLoyaltyEarnRule,
  AdminLoyaltyReward,
  AdminLoyaltyTier,
  Served,
} from "../../../types/http"
import type { EarnRuleTargetType } from "../../../workflows/loyalty-config"

/** A big number as `query.graph` may give it, and the `raw_…` twin it reads beside it. */
type BigNumberValue = number | string
type WithRaw<K extends string> = { [P in `raw_${K}`]?: unknown }

/** An earn rule as `query.graph` reads it (the fields asked for). */
export type EarnRuleRecord = Omit<Served<AdminLoyaltyEarnRule>, "target" | "multiplier"> & {
  target_type?: EarnRuleTarget
  target_id?: string | null
  multiplier: BigNumberValue | null
} & WithRaw<"multiplier">

export type TierRecord = Omit<Served<AdminLoyaltyTier>, "points_multiplier"> & {
  points_multiplier: BigNumberValue | null
} & WithRaw<"points_multiplier">

export type RewardRecord = Omit<Served<AdminLoyaltyReward>, "amount"> & {
  amount: BigNumberValue
} & WithRaw<"amount">

/** Numbers stored as big numbers come back as numbers, never strings. */
function toNumber(value: BigNumberValue): number
function toNumber<T extends null | undefined>(value: BigNumberValue | T): number | T
function toNumber<T extends null | undefined>(value: BigNumberValue | T): number | T {
  return value === null || value === undefined ? value : Number(value)
}

/**
 * Presents an earn rule as the API speaks of it: the target as one object,
 * `{ type, id }` (`id` null for `all`), the same shape the bodies take.
 */
export function formatEarnRule(rule: EarnRuleRecord): Served<AdminLoyaltyEarnRule> {
  const { target_type, target_id, raw_multiplier: _, ...rest } = rule
  // The fields asked for; `target` joins when its columns were read.
  const formatted = { ...rest } as Served<AdminLoyaltyEarnRule>
  if (target_type !== undefined) {
    formatted.target = { type: target_type, id: target_id ?? null }
  }
  if ("multiplier" in rule) {
    formatted.multiplier = toNumber(rule.multiplier)
  }
  return formatted
}

export function formatTier(tier: TierRecord): Served<AdminLoyaltyTier> {
  const { raw_points_multiplier: _, ...rest } = tier
  // Without `points_multiplier` asked for, the row as read.
  return "points_multiplier" in tier
    ? { ...rest, points_multiplier: toNumber(tier.points_multiplier) }
    : (rest as Served<AdminLoyaltyTier>)
}

export function formatReward(reward: RewardRecord): Served<AdminLoyaltyReward> {
  const { raw_amount: _, ...rest } = reward
  // Without `amount` asked for, the row as read.
  return "amount" in reward
    ? { ...rest, amount: toNumber(reward.amount) }
    : (rest as Served<AdminLoyaltyReward>)
}

/** The body's `target` object as the two stored columns. */
export function targetColumns(target: { type: EarnRuleTargetType; id?: string | null }) {
  return { target_type: target.type, target_id: target.id ?? null }
}

const ENTITY_NAMES: Record<string, string> = {
  loyalty_earn_rule: "Loyalty earn rule",
  loyalty_tier: "Loyalty tier",
  loyalty_reward: "Loyalty reward",
}

/** What each entity's record reads as. */
type LoyaltyRecords = {
  loyalty_earn_rule: EarnRuleRecord
  loyalty_tier: TierRecord
  loyalty_reward: RewardRecord
}

/** One record by id with the requested fields, or a 404. */
export async function refetchLoyaltyRecord<E extends keyof LoyaltyRecords>(
  scope: MedusaContainer,
  entity: E,
  id: string,
  fields: string[]
): Promise<LoyaltyRecords[E]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // One of three entities: read untyped, typed by `LoyaltyRecords` below.
  const entityName: string = entity
  const {
    data: [record],
  } = await query.graph({ entity: entityName, fields, filters: { id } })
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${ENTITY_NAMES[entity]} with id: ${id} was not found`
    )
  }
  return record
}

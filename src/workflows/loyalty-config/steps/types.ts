import type { EarnRuleTarget } from "../../../modules/customer-loyalty/constants"
import type {
  LoyaltyRewardKind,
  LoyaltyTierBasis,
} from "../../../modules/customer-loyalty/constants"

export type EarnRuleTargetType = EarnRuleTarget

/** An earn rule as stored: the target in two columns. */
export type EarnRuleRow = {
  name: string
  target_type: EarnRuleTargetType
  target_id: string | null
  points_per_item: number | null
  multiplier: number | null
  starts_at: Date | null
  ends_at: Date | null
  is_active: boolean
}

export type RewardRow = {
  name: string
  description?: string | null
  points_cost: number
  kind: LoyaltyRewardKind
  /** In the currency's main unit, e.g. 50 for SEK 50. */
  amount: number
  currency_code: string
  is_active?: boolean
}

export type TierRow = {
  name: string
  min_points: number
  basis: LoyaltyTierBasis
  rank: number
  description?: string | null
  /** Multiplies the points members on the tier earn from amounts; null = 1. */
  points_multiplier?: number | null
  /** The tier's mirror group, set by the create workflow. */
  customer_group_id?: string | null
  metadata?: Record<string, unknown> | null
}

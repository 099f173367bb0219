import type { PointsLine } from "../../modules/customer-loyalty"
import type { EarningTier } from "../../workflows/loyalty/utils/purchase-points"

/** A calculated line as the store API shows it (no earn rule ids). */
export function formatPointsLine(
  line: PointsLine,
  item: { variant_id?: string | null; quantity: unknown }
) {
  return {
    variant_id: item.variant_id ?? null,
    quantity: Number(item.quantity),
    amount: Number(line.amount),
    multiplier: line.multiplier,
    fixed_points: line.fixed_points,
    points: line.points,
  }
}

/** The tier whose multiplier counted; its name only, as members see it. */
export function formatEarningTier(tier: EarningTier | null) {
  return tier ? { id: tier.id, name: tier.name, points_multiplier: tier.points_multiplier } : null
}

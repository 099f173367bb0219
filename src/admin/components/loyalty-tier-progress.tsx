import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatPoints } from "../lib/loyalty-format"
import { LoyaltyAccount } from "../lib/types"

/**
 * The member's tier and how far they are to the next one. The bar runs from
 * the current tier's threshold (or 0) to the next tier's; the points the
 * member has on the next tier's basis are its threshold less the points needed.
 */
export const LoyaltyTierProgress = ({ account }: { account: LoyaltyAccount }) => {
  const { tier, next_tier: next } = account
  if (!tier && !next) {
    return (
      <div className="px-6 py-4" data-testid="loyalty-tier-progress" data-tier="">
        <Text size="small" className="text-ui-fg-subtle">
          No tiers yet.{" "}
          <Link
            to="/settings/loyalty"
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            Set up tiers
          </Link>{" "}
          to give members benefit levels.
        </Text>
      </div>
    )
  }

  const from = tier?.min_points ?? 0
  const have = next ? next.min_points - next.points_needed : from
  const span = next ? next.min_points - from : 0
  const percent = next
    ? span > 0
      ? Math.min(100, Math.max(0, ((have - from) / span) * 100))
      : 100
    : 100

  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="loyalty-tier-progress"
      data-tier={tier?.name ?? ""}
      data-points-needed={next?.points_needed ?? 0}
    >
      <div className="flex items-center justify-between gap-x-4">
        <div className="flex items-center gap-x-2">
          <Text size="small" leading="compact" weight="plus">
            Tier
          </Text>
          {tier ? (
            <Badge size="2xsmall" color="purple">
              {tier.name}
            </Badge>
          ) : (
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              None yet
            </Text>
          )}
        </div>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {next
            ? next.points_needed > 0
              ? `${formatPoints(next.points_needed)} points to ${next.name}`
              : `${next.name} is reached with the next update`
            : "Highest tier reached"}
        </Text>
      </div>
      <div
        role="progressbar"
        aria-label={next ? `Progress to ${next.name}` : "Tier progress"}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        className="bg-ui-bg-component shadow-borders-base h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className="bg-ui-fg-interactive h-full rounded-full transition-[width]"
          style={{ width: `${percent}%` }}
        />
      </div>
      {next && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
          {formatPoints(have)} of {formatPoints(next.min_points)}{" "}
          {next.basis === "rolling_12_months" ? "points in the last 12 months" : "lifetime points"}
        </Text>
      )}
    </div>
  )
}

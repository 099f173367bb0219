import type { StoreLoyaltyAccount } from "medusa-plugin-customer-loyalty/client"
import { formatPoints } from "../lib/format"

/** Member number, balances and the way to the next tier. */
export function MembershipCard({ account, name }: { account: StoreLoyaltyAccount; name: string }) {
  const { tier, next_tier: next, balance } = account
  const from = tier?.min_points ?? 0
  const reached = next ? next.min_points - next.points_needed : 0
  const progress = next
    ? Math.min(1, Math.max(0, (reached - from) / Math.max(1, next.min_points - from)))
    : 1

  return (
    <section className="membership-card" data-testid="membership-card" data-tier={tier?.name ?? ""}>
      <div className="membership-card__top">
        <div>
          <p className="membership-card__label">Nordscen member</p>
          <p className="membership-card__name">{name}</p>
        </div>
        {tier && (
          <span className="membership-card__tier" data-testid="membership-tier">
            {tier.name}
          </span>
        )}
      </div>
      <div className="membership-card__balances">
        <div>
          <p
            className="membership-card__figure"
            data-testid="points-available"
            data-value={balance.available}
          >
            {formatPoints(balance.available)}
          </p>
          <p className="membership-card__caption">points to spend</p>
        </div>
        <div>
          <p
            className="membership-card__figure membership-card__figure--small"
            data-testid="points-pending"
            data-value={balance.pending}
          >
            {formatPoints(balance.pending)}
          </p>
          <p className="membership-card__caption">pending</p>
        </div>
        <div>
          <p className="membership-card__figure membership-card__figure--small">
            {formatPoints(balance.lifetime)}
          </p>
          <p className="membership-card__caption">earned in all</p>
        </div>
      </div>
      <div className="tier-progress">
        <div
          className="tier-progress__bar"
          role="progressbar"
          aria-label={next ? `Progress to ${next.name}` : "Top tier"}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
          data-testid="tier-progress"
        >
          <span style={{ width: `${progress * 100}%` }} />
        </div>
        <p className="tier-progress__text">
          {next ? (
            <>
              <strong>{formatPoints(next.points_needed)}</strong> points to {next.name}
              {next.basis === "rolling_12_months" ? " (counted over 12 months)" : ""}
            </>
          ) : (
            "You are at our highest tier. Thank you!"
          )}
        </p>
      </div>
      <p className="membership-card__number">
        Member number <span data-testid="member-number">{account.member_number}</span>
      </p>
    </section>
  )
}

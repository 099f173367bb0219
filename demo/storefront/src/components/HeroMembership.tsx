import { Link } from "react-router-dom"
import { formatPoints } from "../lib/format"
import { useSession } from "../lib/session"

/** The membership at a glance beside the shop's welcome, or an invitation to join. */
export function HeroMembership() {
  const { customer, membership } = useSession()
  if (customer === undefined) return null

  if (!customer || !membership) {
    return (
      <div className="hero-card">
        <p className="hero-card__label">Nordscen membership</p>
        <p className="hero-card__big">1 krona = 1 point</p>
        <p className="hero-card__text">
          Collect points on every ticket and turn them into money off your next evening.
        </p>
        {!customer && (
          <Link to="/sign-in" className="button button--light">
            Sign in or join
          </Link>
        )}
      </div>
    )
  }

  const { tier, next_tier: next, balance } = membership
  const from = tier?.min_points ?? 0
  const reached = next ? next.min_points - next.points_needed : 0
  const progress = next
    ? Math.min(1, Math.max(0, (reached - from) / Math.max(1, next.min_points - from)))
    : 1
  return (
    <Link to="/account" className="hero-card hero-card--member">
      <p className="hero-card__label">{tier ? `${tier.name} member` : "Member"}</p>
      <p className="hero-card__big">
        {formatPoints(balance.available)} <span>points</span>
      </p>
      {balance.pending > 0 && (
        <p className="hero-card__text">+{formatPoints(balance.pending)} on their way</p>
      )}
      <div className="tier-progress__bar" aria-hidden="true">
        <span style={{ width: `${progress * 100}%` }} />
      </div>
      <p className="hero-card__text">
        {next ? `${formatPoints(next.points_needed)} points to ${next.name}` : "Our highest tier"}
      </p>
    </Link>
  )
}

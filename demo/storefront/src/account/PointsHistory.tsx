import type { LoyaltyEntryType, StoreLoyaltyEntry } from "medusa-plugin-customer-loyalty/client"
import { useState } from "react"
import { formatDate, formatPoints, isFuture } from "../lib/format"

const TYPE_LABELS: Record<LoyaltyEntryType, string> = {
  earn: "Earned",
  redeem: "Used",
  adjust: "Adjusted",
  expire: "Expired",
  reverse: "Taken back",
  close: "Membership closed",
  transfer: "Moved",
}

/** Earned points in green, used and expired ones in red, newest first. */
export function PointsHistory({ entries }: { entries: StoreLoyaltyEntry[] }) {
  const [shown, setShown] = useState(8)
  if (!entries.length) return <p className="muted">Your points will show here after your first order.</p>
  return (
    <>
      <ul className="history" data-testid="points-history">
        {entries.slice(0, shown).map((entry) => {
          const gained = entry.points > 0
          return (
            <li key={entry.id} className="history__row" data-testid="history-row" data-type={entry.type}>
              <span className={`history__icon ${gained ? "history__icon--plus" : "history__icon--minus"}`} aria-hidden="true">
                {gained ? "+" : "−"}
              </span>
              <span className="history__what">
                <span className="history__title">{entry.description || TYPE_LABELS[entry.type]}</span>
                <span className="history__meta">
                  {TYPE_LABELS[entry.type]} · {formatDate(entry.created_at)}
                  {entry.status === "pending" && entry.available_at && (
                    <span className="badge badge--muted history__pending">pending until {formatDate(entry.available_at)}</span>
                  )}
                  {gained && entry.status === "available" && entry.expires_at && isFuture(entry.expires_at) && (
                    <span className="history__expiry"> · valid until {formatDate(entry.expires_at)}</span>
                  )}
                </span>
              </span>
              <span
                className={`history__points ${gained ? "history__points--plus" : "history__points--minus"}`}
                data-testid="history-points"
              >
                {gained ? "+" : "−"}
                {formatPoints(Math.abs(entry.points))}
              </span>
            </li>
          )
        })}
      </ul>
      {entries.length > shown && (
        <button type="button" className="link-button history__more" onClick={() => setShown((n) => n + 10)}>
          Show earlier
        </button>
      )}
    </>
  )
}

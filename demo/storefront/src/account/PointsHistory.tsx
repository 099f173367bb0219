import type {
  LoyaltyEntryType,
  StoreLoyaltyEntriesResponse,
  StoreLoyaltyEntry,
} from "medusa-plugin-customer-loyalty/client"
import { useEffect, useState } from "react"
import { formatDate, formatPoints, isFuture } from "../lib/format"
import { loyalty } from "../lib/medusa"

const TYPE_LABELS: Record<LoyaltyEntryType, string> = {
  earn: "Earned",
  redeem: "Used",
  adjust: "Adjusted",
  expire: "Expired",
  reverse: "Taken back",
  close: "Membership closed",
  transfer: "Moved",
}

const PAGE_SIZE = 50

/**
 * Earned points in green, used and expired ones in red, newest first.
 * "Show earlier" shows ten more, reading the next page by cursor when the
 * loaded ones run out.
 */
export function PointsHistory({ firstPage }: { firstPage: StoreLoyaltyEntriesResponse }) {
  const [shown, setShown] = useState(8)
  const [earlier, setEarlier] = useState<{
    entries: StoreLoyaltyEntry[]
    next_cursor: string | null
  }>({
    entries: [],
    next_cursor: firstPage.next_cursor,
  })
  const [loading, setLoading] = useState(false)
  useEffect(() => setEarlier({ entries: [], next_cursor: firstPage.next_cursor }), [firstPage])
  const entries = [...firstPage.entries, ...earlier.entries]

  const showEarlier = async () => {
    if (entries.length < shown + 10 && earlier.next_cursor) {
      setLoading(true)
      try {
        const page = await loyalty.listEntries({ limit: PAGE_SIZE, cursor: earlier.next_cursor })
        setEarlier((current) => ({
          entries: [...current.entries, ...page.entries],
          next_cursor: page.next_cursor,
        }))
      } finally {
        setLoading(false)
      }
    }
    setShown((n) => n + 10)
  }

  if (!entries.length)
    return <p className="muted">Your points will show here after your first order.</p>
  return (
    <>
      <ul className="history" data-testid="points-history">
        {entries.slice(0, shown).map((entry) => {
          const gained = entry.points > 0
          return (
            <li
              key={entry.id}
              className="history__row"
              data-testid="history-row"
              data-type={entry.type}
            >
              <span
                className={`history__icon ${gained ? "history__icon--plus" : "history__icon--minus"}`}
                aria-hidden="true"
              >
                {gained ? "+" : "−"}
              </span>
              <span className="history__what">
                <span className="history__title">
                  {entry.description || TYPE_LABELS[entry.type]}
                </span>
                <span className="history__meta">
                  {TYPE_LABELS[entry.type]} · {formatDate(entry.created_at)}
                  {entry.status === "pending" && entry.available_at && (
                    <span className="badge badge--muted history__pending">
                      pending until {formatDate(entry.available_at)}
                    </span>
                  )}
                  {gained &&
                    entry.status === "available" &&
                    entry.expires_at &&
                    isFuture(entry.expires_at) && (
                      <span className="history__expiry">
                        {" "}
                        · valid until {formatDate(entry.expires_at)}
                      </span>
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
      {(entries.length > shown || earlier.next_cursor) && (
        <button
          type="button"
          className="link-button history__more"
          disabled={loading}
          onClick={() => void showEarlier()}
        >
          Show earlier
        </button>
      )}
    </>
  )
}

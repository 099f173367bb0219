import { Skeleton, Text, clx } from "@medusajs/ui"
import { formatPoints, formatPointsChange, pointsColorClass } from "../lib/loyalty-format"
import { LoyaltyTotals } from "../lib/types"

const TOTALS: { key: keyof LoyaltyTotals; label: string }[] = [
  { key: "earned", label: "Earned" },
  { key: "redeemed", label: "Redeemed" },
  { key: "adjusted", label: "Adjusted" },
  { key: "expired", label: "Expired" },
  { key: "reversed", label: "Reversed" },
  { key: "net", label: "Net" },
]

type LoyaltyReportTotalsProps = {
  totals?: LoyaltyTotals | null
  isPending?: boolean
  /** Set when more entries match than were counted: the totals are left out. */
  capped?: number | null
}

/** The sums of the filtered entries, signed as in the ledger. */
export const LoyaltyReportTotals = ({ totals, isPending, capped }: LoyaltyReportTotalsProps) => (
  <div className="flex flex-col gap-y-2">
    <dl
      className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border bg-ui-border-base sm:grid-cols-3 lg:grid-cols-6"
      data-testid="loyalty-report-totals"
    >
      {TOTALS.map(({ key, label }) => (
        <div
          key={key}
          className="bg-ui-bg-base flex flex-col gap-y-1 px-4 py-3"
          data-total={key}
          data-value={totals?.[key]}
        >
          <dt>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {label}
            </Text>
          </dt>
          <dd>
            {totals ? (
              <span
                className={clx(
                  "txt-compact-large-plus tabular-nums",
                  pointsColorClass(totals[key])
                )}
              >
                {formatPointsChange(totals[key])}
              </span>
            ) : isPending ? (
              <Skeleton className="h-6 w-16" />
            ) : (
              <span className="txt-compact-large-plus text-ui-fg-muted">–</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
    {capped ? (
      <Text size="small" className="text-ui-fg-subtle" data-testid="loyalty-report-totals-capped">
        More than {formatPoints(capped)} entries match this customer or search. Narrow it with dates
        or a type to see its totals.
      </Text>
    ) : null}
  </div>
)

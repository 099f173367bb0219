import { Skeleton, Text, clx } from "@medusajs/ui"
import { formatPointsChange, pointsColorClass } from "../lib/loyalty-format"
import { LoyaltyTotals } from "../lib/types"

const TOTALS: { key: keyof LoyaltyTotals; label: string }[] = [
  { key: "earned", label: "Earned" },
  { key: "redeemed", label: "Redeemed" },
  { key: "adjusted", label: "Adjusted" },
  { key: "expired", label: "Expired" },
  { key: "reversed", label: "Reversed" },
  { key: "net", label: "Net" },
]

/** The sums of the filtered entries, signed as in the ledger. */
export const LoyaltyReportTotals = ({ totals }: { totals?: LoyaltyTotals }) => (
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
              className={clx("txt-compact-large-plus tabular-nums", pointsColorClass(totals[key]))}
            >
              {formatPointsChange(totals[key])}
            </span>
          ) : (
            <Skeleton className="h-6 w-16" />
          )}
        </dd>
      </div>
    ))}
  </dl>
)

import { Copy, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { formatPoints } from "../lib/loyalty-format"
import { LoyaltyAccount } from "../lib/types"

const Figure = ({
  label,
  children,
  hint,
}: {
  label: string
  children: ReactNode
  hint?: string
}) => (
  <div className="flex min-w-0 flex-col gap-y-1">
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
    {hint && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

const BigNumber = ({ value, testId }: { value: number; testId: string }) => (
  <span
    className="text-ui-fg-base text-[28px] font-medium leading-9 tabular-nums"
    data-testid={testId}
    data-value={value}
  >
    {formatPoints(value)}
  </span>
)

/** Member number and the balance: available to use, and pending (not yet usable). */
export const LoyaltyBalance = ({ account }: { account: LoyaltyAccount }) => (
  <div className="grid grid-cols-1 gap-6 px-6 py-4 sm:grid-cols-3">
    <Figure label="Member number">
      <div className="flex items-center gap-x-1">
        <span
          className="txt-compact-medium-plus text-ui-fg-base font-mono"
          data-testid="loyalty-member-number"
        >
          {account.member_number}
        </span>
        <Copy content={account.member_number} className="text-ui-fg-muted" />
      </div>
    </Figure>
    <Figure label="Available points" hint="Can be used now">
      <BigNumber value={account.balance.available} testId="loyalty-balance-available" />
    </Figure>
    <Figure label="Pending points" hint="Not usable yet">
      <BigNumber value={account.balance.pending} testId="loyalty-balance-pending" />
    </Figure>
  </div>
)

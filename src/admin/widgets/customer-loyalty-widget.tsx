import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { XCircle } from "@medusajs/icons"
import { Container, Heading, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ActionMenu } from "../components/action-menu"
import { AdjustPointsForm } from "../components/adjust-points-form"
import { CloseMembershipPrompt } from "../components/close-membership-prompt"
import { LoadError } from "../components/load-error"
import { LoyaltyBalance } from "../components/loyalty-balance"
import { LoyaltyHistoryTable } from "../components/loyalty-history-table"
import { LoyaltyIdentifier } from "../components/loyalty-identifier"
import { LoyaltyMembers } from "../components/loyalty-members"
import { LoyaltyTierProgress } from "../components/loyalty-tier-progress"
import { useCustomerLoyalty } from "../hooks/customer-loyalty"
import { formatDate } from "../lib/flag-format"

const SectionTitle = ({ children }: { children: string }) => (
  <Text size="small" leading="compact" weight="plus">
    {children}
  </Text>
)

/** The report filtered to the customer: it also holds the history of memberships closed since. */
const ReportLink = ({ customerId, children }: { customerId: string; children: string }) => (
  <Link
    to={`/loyalty?customer_id=${customerId}`}
    className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
    data-testid="loyalty-report-link"
  >
    {children}
  </Link>
)

const CustomerLoyaltyWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { loyalty_account: account, isPending, isError, error } = useCustomerLoyalty(customer.id)
  const [closing, setClosing] = useState(false)
  const isActive = account?.status === "active"

  return (
    <Container className="divide-y p-0" data-testid="loyalty-points-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Loyalty points</Heading>
          {account && (
            <StatusBadge color={isActive ? "green" : "grey"} data-testid="loyalty-status">
              {isActive ? "Member" : "Closed"}
            </StatusBadge>
          )}
        </div>
        {isActive && (
          <ActionMenu
            label="Membership actions"
            groups={[
              [
                {
                  label: "Close membership",
                  icon: <XCircle />,
                  onClick: () => setClosing(true),
                  testId: "loyalty-close-action",
                },
              ],
            ]}
          />
        )}
      </div>

      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-9 w-2/3" />
          <Skeleton className="h-2 w-full" />
        </div>
      ) : isError ? (
        <LoadError what="customer's points" error={error} />
      ) : !account ? (
        <>
          <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="loyalty-empty">
            <SectionTitle>Not a member yet</SectionTitle>
            <Text size="small" className="text-ui-fg-subtle">
              The customer becomes a member with their first points: from an order, a booking, or
              added here. Points of a closed membership are in the{" "}
              <ReportLink customerId={customer.id}>points report</ReportLink>.
            </Text>
          </div>
          <div className="px-6 py-4">
            <AdjustPointsForm id="loyalty-adjust-form" customerId={customer.id} layout="inline" />
          </div>
        </>
      ) : (
        <>
          {!isActive && (
            <div className="bg-ui-bg-subtle px-6 py-3" data-testid="loyalty-closed-note">
              <Text size="small" weight="plus">
                Membership closed
                {account.closed_at ? ` on ${formatDate(account.closed_at)}` : ""}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {account.close_reason ? `Reason: ${account.close_reason}. ` : ""}Points and benefits
                were zeroed; its history is below.
              </Text>
            </div>
          )}
          <LoyaltyBalance account={account} />
          {isActive && <LoyaltyIdentifier account={account} />}
          {!isActive && account.identifier && <LoyaltyIdentifier account={account} />}
          {isActive && <LoyaltyTierProgress account={account} />}
          {(isActive || account.members.length > 0) && (
            <LoyaltyMembers account={account} customerId={customer.id} />
          )}
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <SectionTitle>Add or deduct points</SectionTitle>
            {!isActive && (
              <Text size="small" className="text-ui-fg-subtle">
                Adding points starts a new membership for the customer.
              </Text>
            )}
            <AdjustPointsForm id="loyalty-adjust-form" customerId={customer.id} layout="inline" />
          </div>
          <div className="flex flex-col">
            <div className="flex items-center justify-between px-6 pb-2 pt-4">
              <SectionTitle>History</SectionTitle>
              <ReportLink customerId={customer.id}>Open in the points report</ReportLink>
            </div>
            <LoyaltyHistoryTable customerId={customer.id} />
          </div>
          {isActive && (
            <CloseMembershipPrompt account={account} open={closing} onOpenChange={setClosing} />
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "customer-loyalty:loyalty-points",
})

export default CustomerLoyaltyWidget

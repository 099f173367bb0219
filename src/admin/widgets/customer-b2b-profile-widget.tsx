import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowDownTray, PencilSquare } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { ActionMenu } from "../components/action-menu"
import { EditB2BProfileDrawer } from "../components/edit-b2b-profile-drawer"
import { LoadError } from "../components/load-error"
import { RiskRatingBadge } from "../components/risk-rating-badge"
import { useCustomerB2BProfile, useExportCustomerData } from "../hooks/customer-insights"
import { formatMoney } from "../lib/loyalty-format"
import { B2BProfile } from "../lib/types"
import { toastError } from "../lib/toast-outcome"

const Row = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    {/* A div, not Text's <p>: a value may be a badge, which renders a <div>. */}
    <Text asChild size="small" leading="compact" className="break-words">
      <div data-testid={testId}>{children}</div>
    </Text>
  </div>
)

const None = () => <span className="text-ui-fg-muted">–</span>

/** A website as a link, without the "https://" people do not read. */
const Website = ({ url }: { url: string }) => (
  <a
    href={url}
    target="_blank"
    rel="noopener noreferrer"
    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
  >
    {url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
  </a>
)

const Details = ({ profile }: { profile: B2BProfile }) => (
  <div className="divide-y">
    <Row label="Company" testId="b2b-profile-company-value">
      {profile.company || <None />}
    </Row>
    <Row label="Organisation number" testId="b2b-profile-organisation-number-value">
      {profile.organisation_number || <None />}
    </Row>
    <Row label="Website">{profile.website ? <Website url={profile.website} /> : <None />}</Row>
    <Row label="Allowed outstanding" testId="b2b-profile-amount-value">
      {profile.allowed_outstanding_amount != null && profile.currency_code ? (
        formatMoney(profile.allowed_outstanding_amount, profile.currency_code)
      ) : (
        <None />
      )}
    </Row>
    <Row label="Payment terms" testId="b2b-profile-payment-days-value">
      {profile.max_payment_days != null ? (
        profile.max_payment_days === 1 ? (
          "1 day"
        ) : (
          `${profile.max_payment_days} days`
        )
      ) : (
        <None />
      )}
    </Row>
    <Row label="Risk rating">
      {profile.risk_rating ? <RiskRatingBadge rating={profile.risk_rating} /> : "Not rated"}
    </Row>
  </div>
)

/**
 * A business customer's profile beside the addresses: company, organisation
 * number, website, credit limit, payment terms and risk rating. The menu
 * also downloads all the plugin holds on the customer (for a data request).
 */
const CustomerB2BProfileWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { b2b_profile: profile, isPending, isError, error } = useCustomerB2BProfile(customer.id)
  const [editing, setEditing] = useState(false)
  const { mutate: exportData } = useExportCustomerData(customer.id)
  const hasProfile = !!profile

  const download = () =>
    exportData(undefined, {
      onSuccess: () => toast.success("The customer's data was downloaded"),
      onError: (err) => toastError(err),
    })

  return (
    <Container className="divide-y p-0" data-testid="b2b-profile-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">B2B profile</Heading>
        <ActionMenu
          label="B2B profile actions"
          groups={[
            [
              {
                label: hasProfile ? "Edit" : "Add B2B profile",
                icon: <PencilSquare />,
                onClick: () => setEditing(true),
                testId: "b2b-profile-edit",
              },
            ],
            [
              {
                label: "Download the customer's data",
                icon: <ArrowDownTray />,
                onClick: download,
                testId: "customer-data-export",
              },
            ],
          ]}
        />
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <LoadError what="B2B profile" error={error} />
      ) : profile ? (
        <Details profile={profile} />
      ) : (
        <div
          className="flex flex-col items-start gap-y-3 px-6 py-4"
          data-testid="b2b-profile-empty"
        >
          <Text size="small" className="text-ui-fg-subtle">
            No B2B profile. Add one for a business customer: company, credit limit, payment terms
            and risk.
          </Text>
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            Add B2B profile
          </Button>
        </div>
      )}
      <EditB2BProfileDrawer
        customerId={customer.id}
        profile={profile ?? null}
        open={editing}
        onClose={() => setEditing(false)}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "customer-loyalty:b2b-profile",
})

export default CustomerB2BProfileWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Text, Tooltip } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"
import { FlagIcon } from "../components/flag-icon"
import { LoadError } from "../components/load-error"
import { useCustomerSummary } from "../hooks/customer-insights"
import { formatDate, formatDateTime } from "../lib/flag-format"
import { formatMoney, formatPoints } from "../lib/loyalty-format"
import { relativeTime } from "../lib/relative-time"
import { CustomerSales, CustomerSummary } from "../lib/types"

const Figure = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId: string
}) => (
  <div className="flex min-w-0 flex-col gap-y-1" data-testid={testId}>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)

const Big = ({ children, value }: { children: ReactNode; value?: string | number }) => (
  <span
    className="text-ui-fg-base truncate text-[20px] font-medium leading-7 tabular-nums"
    data-value={value}
  >
    {children}
  </span>
)

const Small = ({ children }: { children: ReactNode }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate">
    {children}
  </Text>
)

/** One amount per currency: the biggest large, the others under it. */
const PerCurrency = ({
  sales,
  amount,
  testId,
}: {
  sales: CustomerSales[]
  amount: (sales: CustomerSales) => number
  testId: string
}) => {
  const [first, ...others] = [...sales].sort((a, b) => b.order_count - a.order_count)
  return (
    <>
      <Big>
        <span data-testid={testId} data-currency={first.currency_code} data-value={amount(first)}>
          {formatMoney(amount(first), first.currency_code)}
        </span>
      </Big>
      {others.map((line) => (
        <Small key={line.currency_code}>
          <span data-testid={testId} data-currency={line.currency_code} data-value={amount(line)}>
            {formatMoney(amount(line), line.currency_code)}
          </span>
        </Small>
      ))}
    </>
  )
}

const When = ({ at }: { at: string }) => (
  <Tooltip content={formatDateTime(at)}>
    <span>{relativeTime(at)}</span>
  </Tooltip>
)

const Figures = ({ summary }: { summary: CustomerSummary }) => {
  const loyalty = summary.loyalty
  return (
    <div className="grid grid-cols-2 gap-x-4 gap-y-5 px-6 py-4">
      <Figure label="Total spent" testId="customer-summary-spent">
        {summary.sales.length ? (
          <PerCurrency
            sales={summary.sales}
            amount={(line) => line.total}
            testId="customer-summary-total"
          />
        ) : (
          <Big>–</Big>
        )}
      </Figure>
      <Figure label="Orders" testId="customer-summary-orders">
        <Big value={summary.order_count}>{formatPoints(summary.order_count)}</Big>
        {summary.sales.map((line) => (
          <Small key={line.currency_code}>
            Average {formatMoney(line.average_order_value, line.currency_code)}
          </Small>
        ))}
      </Figure>
      <Figure label="Last order" testId="customer-summary-last-order">
        {summary.last_order_at ? (
          <>
            <Big>
              <When at={summary.last_order_at} />
            </Big>
            {summary.first_order_at && <Small>First on {formatDate(summary.first_order_at)}</Small>}
          </>
        ) : (
          <>
            <Big>–</Big>
            <Small>No orders yet</Small>
          </>
        )}
      </Figure>
      <Figure label="Loyalty points" testId="customer-summary-points">
        {loyalty ? (
          <>
            <div className="flex min-w-0 items-center gap-x-2">
              <Big value={loyalty.points_available}>{formatPoints(loyalty.points_available)}</Big>
              {loyalty.tier && (
                <Badge size="2xsmall" color="purple" data-testid="customer-summary-tier">
                  {loyalty.tier.name}
                </Badge>
              )}
            </div>
            {loyalty.points_pending > 0 && (
              <Small>{formatPoints(loyalty.points_pending)} pending</Small>
            )}
            <Small>Member no. {loyalty.member_number}</Small>
          </>
        ) : (
          <>
            <Big>–</Big>
            <Small>Not a member</Small>
          </>
        )}
      </Figure>
    </div>
  )
}

const Segments = ({ segments }: { segments: CustomerSummary["segments"] }) => (
  <div
    className="flex flex-wrap items-center gap-2 px-6 py-4"
    data-testid="customer-summary-segments"
  >
    <Text size="small" leading="compact" className="text-ui-fg-subtle mr-1">
      Segments
    </Text>
    {segments.length ? (
      segments.map((segment) => (
        <Tooltip key={segment.id} content={`Since ${formatDateTime(segment.entered_at)}`}>
          <Link
            to={`/segments/${segment.id}`}
            className="focus-visible:shadow-borders-focus rounded-md outline-none"
            data-testid="customer-summary-segment"
            data-segment-id={segment.id}
          >
            <Badge size="2xsmall" className="hover:bg-ui-bg-base-hover cursor-pointer">
              {segment.name}
            </Badge>
          </Link>
        </Tooltip>
      ))
    ) : (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        In no segment
      </Text>
    )}
  </div>
)

/**
 * The customer at a glance: what they spent (per currency) and when, their
 * flags, points and tier, and their segments.
 *
 * Medusa 2.21 places every widget after the page's own sections, in the
 * order of their file names (`before`/`after` no longer order anything), so
 * this card goes at the top of the side column, beside the customer's
 * details, where it is seen without scrolling; its file name sorts it
 * before the B2B profile and the notes.
 */
const CustomerAtAGlanceWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { summary, isPending, isError, error } = useCustomerSummary(customer.id)
  // "overview" flags are for lists; the Flags card names them.
  const flags = summary?.flags.filter((flag) => flag.display !== "overview") ?? []

  return (
    <Container className="divide-y p-0" data-testid="customer-summary-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">At a glance</Heading>
        {flags.length > 0 && (
          <div
            className="flex flex-wrap items-center justify-end gap-1.5"
            data-testid="customer-summary-flags"
          >
            {flags.map((flag) => (
              <Tooltip key={flag.id} content={flag.name}>
                <span data-testid="customer-summary-flag" data-flag-name={flag.name}>
                  <FlagIcon flag={flag} size="small" />
                </span>
              </Tooltip>
            ))}
          </div>
        )}
      </div>
      {isPending ? (
        <div className="grid grid-cols-2 gap-x-4 gap-y-5 px-6 py-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : isError || !summary ? (
        <LoadError what="customer's summary" error={error} />
      ) : (
        <>
          <Figures summary={summary} />
          <Segments segments={summary.segments} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
  id: "customer-loyalty:customer-summary",
})

export default CustomerAtAGlanceWidget

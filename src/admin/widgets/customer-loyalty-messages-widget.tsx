import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LoadError } from "../components/load-error"
import { SectionHeading } from "../components/section-heading"
import { useSentLoyaltyMessages } from "../hooks/loyalty-messages"
import { LOYALTY_MESSAGE_LABELS, SentLoyaltyMessage } from "../lib/loyalty-message-types"
import { relativeTime } from "../lib/relative-time"

// Messages go out from a subscriber just after the points change, so a card
// left open catches up by itself.
const REFRESH_MS = 15_000

const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  success: "green",
  pending: "orange",
  failure: "red",
}

const SentMessage = ({ message }: { message: SentLoyaltyMessage }) => (
  <details className="group px-6 py-3" data-testid="customer-loyalty-message">
    <summary className="flex cursor-pointer list-none items-center justify-between gap-x-4">
      <div className="flex min-w-0 flex-col">
        <Text size="small" weight="plus" className="truncate">
          {message.subject ?? `Template '${message.template}'`}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {LOYALTY_MESSAGE_LABELS[message.kind]?.title ?? message.kind} · {message.to}
          {message.locale ? ` · ${message.locale}` : ""} ·{" "}
          <span title={new Date(message.created_at).toLocaleString()}>
            {relativeTime(message.created_at)}
          </span>
        </Text>
      </div>
      <StatusBadge color={STATUS_COLORS[message.status] ?? "grey"}>{message.status}</StatusBadge>
    </summary>
    {message.body !== null && (
      <Text size="small" className="text-ui-fg-subtle mt-2 whitespace-pre-wrap">
        {message.body}
      </Text>
    )}
  </details>
)

/** The loyalty messages the customer was sent (only members with marketing consent get them). */
const CustomerLoyaltyMessagesWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { messages, isPending, isError, error } = useSentLoyaltyMessages(customer.id, {
    refetchInterval: REFRESH_MS,
  })

  return (
    <Container className="divide-y p-0" data-testid="customer-loyalty-messages">
      <div className="flex items-center justify-between px-6 py-4">
        <SectionHeading
          level="h2"
          title="Loyalty messages"
          description="Sent when points were credited or changed by staff; newest first."
        />
        <Link to="/settings/loyalty/messages" className="text-ui-fg-interactive txt-compact-small">
          Edit messages
        </Link>
      </div>
      {isError ? (
        <LoadError what="messages" error={error} />
      ) : isPending ? (
        <div className="px-6 py-4">
          <Skeleton className="h-10 w-full" />
        </div>
      ) : messages?.length ? (
        messages.map((message) => <SentMessage key={message.id} message={message} />)
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {customer.metadata?.marketing_consent === true
            ? "No loyalty messages sent yet."
            : "None sent: loyalty messages go only to customers who agreed to marketing."}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerLoyaltyMessagesWidget

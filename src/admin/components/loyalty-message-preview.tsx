import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useLoyaltyMessagePreview } from "../hooks/loyalty-messages"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { customerName } from "../lib/loyalty-format"
import {
  describeMessageError,
  LOYALTY_MESSAGE_LABELS,
  LoyaltyMessageKind,
} from "../lib/loyalty-message-types"
import { LoyaltyCustomer } from "../lib/types"
import { CustomerSearchSelect } from "./customer-search-select"

type LoyaltyMessagePreviewProps = {
  kind: LoyaltyMessageKind
  /** The locale being written: numbers are grouped as it writes them. */
  locale: string
  template: { subject: string; body: string }
}

/** The message being written, rendered with a real member's values as it changes. */
export const LoyaltyMessagePreview = ({ kind, locale, template }: LoyaltyMessagePreviewProps) => {
  const [member, setMember] = useState<LoyaltyCustomer | null>(null)
  const debounced = useDebouncedValue(template, 400)
  const { data, error, isFetching } = useLoyaltyMessagePreview(
    debounced,
    member?.id ?? null,
    kind,
    locale
  )

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4" data-testid="loyalty-message-preview">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">Preview</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          “{LOYALTY_MESSAGE_LABELS[kind].title}” with a member’s real name, balance and tier, and
          their latest {kind === "points_credited" ? "earned points" : "change by staff"}.
        </Text>
      </div>
      <CustomerSearchSelect
        value={member}
        onChange={setMember}
        testId="loyalty-message-preview-member"
      />
      {!member ? (
        <Text size="small" className="text-ui-fg-muted">
          Choose a member to see the message as they would get it.
        </Text>
      ) : error ? (
        <Text size="small" className="text-ui-fg-error" data-testid="loyalty-message-preview-error">
          {describeMessageError(error.message)}
        </Text>
      ) : data ? (
        <div
          className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border px-4 py-3"
          data-testid="loyalty-message-preview-result"
          aria-busy={isFetching}
        >
          <Text size="xsmall" className="text-ui-fg-muted">
            To {customerName(member)}
            {member.email ? ` <${member.email}>` : ""}
          </Text>
          <Text weight="plus" data-testid="loyalty-message-preview-subject">
            {data.subject}
          </Text>
          <Text
            size="small"
            className="whitespace-pre-wrap"
            data-testid="loyalty-message-preview-body"
          >
            {data.body}
          </Text>
          {data.example_change && (
            <Text
              size="xsmall"
              className="text-ui-fg-muted"
              data-testid="loyalty-message-preview-example"
            >
              {kind === "points_credited"
                ? "This member has not earned points yet: the points and description are examples."
                : "Staff have not changed this member's balance yet: the points and description are examples."}
            </Text>
          )}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {isFetching ? "Rendering…" : "Write a subject and a body to see them rendered."}
        </Text>
      )}
    </Container>
  )
}

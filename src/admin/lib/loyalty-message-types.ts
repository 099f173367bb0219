import { withoutRequestPrefix } from "./request-error"

export type LoyaltyMessageKind = "points_credited" | "points_adjusted"

export type LoyaltyMessage = {
  id: string
  kind: LoyaltyMessageKind
  locale: string
  subject: string
  body: string
  updated_at: string
}

export type LoyaltyMessageVariable = { name: string; description: string; example: string | number }

export type LoyaltyMessagesResponse = {
  messages: LoyaltyMessage[]
  kinds: LoyaltyMessageKind[]
  variables: LoyaltyMessageVariable[]
  default_locale: string
  templates: Record<LoyaltyMessageKind, string | null>
}

export type SaveLoyaltyMessagesPayload = {
  messages: {
    kind: LoyaltyMessageKind
    locale: string
    subject: string | null
    body: string | null
  }[]
}

export type LoyaltyMessagePreview = {
  subject: string
  body: string
  /** The member has no points change of this kind: the points and description are examples. */
  example_change: boolean
}

export type SentLoyaltyMessage = {
  id: string
  kind: LoyaltyMessageKind
  to: string
  channel: string
  status: string
  template: string | null
  locale: string | null
  subject: string | null
  body: string | null
  points: number | null
  created_at: string
}

export const LOYALTY_MESSAGE_LABELS: Record<LoyaltyMessageKind, { title: string; hint: string }> = {
  points_credited: {
    title: "Points credited",
    hint: "Sent when an order or a booking earns points.",
  },
  points_adjusted: {
    title: "Balance changed by staff",
    hint: "Sent when staff add or deduct points by hand.",
  },
}

/**
 * A save's or preview's 400 in the page's words: the server names fields by
 * path (`Field 'messages[1].body' uses unknown variable 'frist_name' …`),
 * staff know them as "the body of Points credited".
 */
export function describeMessageError(
  message: string,
  sent: { kind: LoyaltyMessageKind }[] = []
): string {
  return withoutRequestPrefix(message)
    .replace(/Field 'messages\[(\d+)\]\.(subject|body)'/g, (whole, index, field) => {
      const kind = sent[Number(index)]?.kind
      return kind ? `The ${field} of “${LOYALTY_MESSAGE_LABELS[kind].title}”` : whole
    })
    .replace(/Field 'template\.(subject|body)'/g, (_, field) => `The ${field}`)
}

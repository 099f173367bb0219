import type { LoyaltyMessageKind } from "../../modules/customer-loyalty/constants"
import type {
  AdminLoyaltyMessage,
  AdminLoyaltyMessagePreviewResponse,
  AdminLoyaltyMessagesResponse,
  AdminLoyaltyMessageVariable,
  AdminSentLoyaltyMessage,
} from "../../types/http/messages"
import { withoutRequestPrefix } from "./request-error"

// The shapes are declared once, in src/types/http (type-only imports).
export type { LoyaltyMessageKind }
export type LoyaltyMessage = AdminLoyaltyMessage
export type LoyaltyMessageVariable = AdminLoyaltyMessageVariable
export type LoyaltyMessagesResponse = AdminLoyaltyMessagesResponse
export type LoyaltyMessagePreview = AdminLoyaltyMessagePreviewResponse
export type SentLoyaltyMessage = AdminSentLoyaltyMessage

/** What a save sends: a message per kind and locale; null subject and body remove one. */
export type SaveLoyaltyMessagesPayload = {
  messages: {
    kind: LoyaltyMessageKind
    locale: string
    subject: string | null
    body: string | null
  }[]
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

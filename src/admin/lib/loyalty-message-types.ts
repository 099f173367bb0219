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

export type LoyaltyMessagePreview = { subject: string; body: string }

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

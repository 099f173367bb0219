import type { InferTypeOf } from "@medusajs/framework/types"
import type { LoyaltyMessageKind } from "../../modules/customer-loyalty/constants"
import type { LoyaltyMessage } from "../../modules/customer-loyalty/models"
import type { ModelResponse } from "./common"

export type AdminLoyaltyMessage = Pick<
  ModelResponse<InferTypeOf<typeof LoyaltyMessage>>,
  "id" | "kind" | "locale" | "subject" | "body" | "updated_at"
>

export type AdminLoyaltyMessageVariable = {
  name: string
  description: string
  example: string | number
}

export type AdminLoyaltyMessagesResponse = {
  messages: AdminLoyaltyMessage[]
  kinds: LoyaltyMessageKind[]
  variables: AdminLoyaltyMessageVariable[]
  default_locale: string
  /** The provider templates used where no message is written. */
  templates: Record<LoyaltyMessageKind, string | null>
}

// Computed: the templates rendered with a member's data.
export type AdminLoyaltyMessagePreviewResponse = {
  subject: string
  body: string
  /** The member has no points change of this kind: the points and description are examples. */
  example_change: boolean
}

// Computed: a notification the plugin sent, read from Medusa's notification module.
export type AdminSentLoyaltyMessage = {
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

export type AdminSentLoyaltyMessagesResponse = { messages: AdminSentLoyaltyMessage[] }

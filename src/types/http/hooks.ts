import type { LoyaltyEntryStatus, LoyaltyEntryType } from "../../modules/customer-loyalty/constants"

/** The entry a booking webhook posted (or found already posted). */
export type BookingWebhookEntry = {
  id: string
  type: LoyaltyEntryType
  points: number
  status: LoyaltyEntryStatus
  available_at: string | null
  expires_at: string | null
  created_at: string
}

/** `POST /hooks/customer-loyalty/bookings`. */
export type BookingWebhookResponse = {
  received: true
  booking_id: string
  status: "completed" | "cancelled"
  /** The booking was reported before: nothing changed. */
  duplicate: boolean
  /** Null for a cancellation with nothing left to take back. */
  entry: BookingWebhookEntry | null
}

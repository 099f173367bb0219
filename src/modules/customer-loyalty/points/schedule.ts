import { addDays, addHours, addMonths } from "date-fns"
import { LoyaltySettingsDTO } from "../types"

export type PointsSchedule = { available_at: Date; expires_at: Date | null }

/**
 * When points earned from an order become available (the order's pending
 * days after it was placed) and when they expire (expiry months after that).
 */
export function orderPointsSchedule(
  settings: Pick<LoyaltySettingsDTO, "pending_days" | "expiry_months">,
  placedAt: Date
): PointsSchedule {
  return withExpiry(settings, addDays(placedAt, settings.pending_days))
}

/** Booking points become available some hours after the booking took place. */
export function bookingPointsSchedule(
  settings: Pick<LoyaltySettingsDTO, "booking_pending_hours" | "expiry_months">,
  occurredAt: Date
): PointsSchedule {
  return withExpiry(settings, addHours(occurredAt, settings.booking_pending_hours))
}

/** Points credited by hand are available now. */
export function manualPointsSchedule(
  settings: Pick<LoyaltySettingsDTO, "expiry_months">,
  now: Date = new Date()
): PointsSchedule {
  return withExpiry(settings, now)
}

function withExpiry(
  settings: Pick<LoyaltySettingsDTO, "expiry_months">,
  availableAt: Date
): PointsSchedule {
  return {
    available_at: availableAt,
    expires_at: settings.expiry_months ? addMonths(availableAt, settings.expiry_months) : null,
  }
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BookingCompletedInput, creditPointsForBookingWorkflow } from "../workflows/loyalty"

/**
 * A booking system emits `booking.completed` when a booked service took
 * place; see docs/configuration.md ("Booking events") for the payload.
 */
export default async function creditPointsOnBookingCompleted({
  event: { data },
  container,
}: SubscriberArgs<BookingCompletedInput>) {
  await creditPointsForBookingWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "booking.completed",
  context: { subscriberId: "customer-loyalty-credit-points-on-booking" },
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reversePointsForSourceWorkflow } from "../workflows/loyalty"

export default async function reversePointsOnBookingCancelled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reversePointsForSourceWorkflow(container).run({
    input: {
      source: "booking",
      source_id: data.id,
      reason: "cancel",
      description: "Booking cancelled",
    },
  })
}

export const config: SubscriberConfig = {
  event: "booking.cancelled",
  context: { subscriberId: "customer-loyalty-reverse-points-on-booking-cancelled" },
}

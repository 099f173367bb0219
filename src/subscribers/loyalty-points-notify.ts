import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LoyaltyEvents } from "../modules/customer-loyalty"
import { sendLoyaltyNotificationWorkflow } from "../workflows/loyalty"

type PointsEvent = {
  account_id: string
  customer_id: string | null
  entry_id: string
  points: number
  description?: string | null
}

/** Credits (orders, bookings) and staff adjustments notify the member. */
export default async function notifyMemberOfPoints({
  event: { name, data },
  container,
}: SubscriberArgs<PointsEvent>) {
  await sendLoyaltyNotificationWorkflow(container).run({
    input: {
      kind: name === LoyaltyEvents.POINTS_ADJUSTED ? "points_adjusted" : "points_credited",
      ...data,
    },
  })
}

export const config: SubscriberConfig = {
  event: [LoyaltyEvents.POINTS_CREDITED, LoyaltyEvents.POINTS_ADJUSTED],
  context: { subscriberId: "customer-loyalty-notify-member-of-points" },
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../src/modules/customer-loyalty"
import { mapConcurrently, SEED_CONCURRENCY } from "./concurrently"
import type CustomerLoyaltyModuleService from "../src/modules/customer-loyalty/service"
import {
  createLoyaltyTierWorkflow,
  creditPointsForOrderWorkflow,
  expirePointsWorkflow,
  releasePendingPointsWorkflow,
} from "../src/workflows"

/** The product a booking system books in the demo (scripts/demo-booking.js). */
export const DEMO_BOOKABLE_SERVICE_HANDLE = "backstage-tour"
/** What one booking of it earns. */
export const DEMO_BOOKING_POINTS = 150

/**
 * The loyalty program of the demo store: 1 point per krona, 10 per euro,
 * 14 pending days, points valid 12 months; Bronze / Silver / Gold tiers;
 * rewards to redeem; a bookable service (the backstage tour) with an earn
 * rule for bookings. Past orders earn their points through the same
 * workflow as `order.placed`, then the jobs' workflows release and expire
 * them as time would have, so the history looks lived in.
 */
export async function seedLoyalty(
  container: MedusaContainer,
  { orderIdsByCustomer }: { orderIdsByCustomer: string[][] }
) {
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

  await loyalty.updateProgramSettings({
    points_per_currency: { sek: 1, eur: 10 },
    pending_days: 14,
    booking_pending_hours: 3,
    expiry_months: 12,
    min_redeem: 100,
  })
  // Through the workflow, so each tier gets its customer group.
  for (const tier of [
    { name: "Bronze", min_points: 0, basis: "lifetime" as const, rank: 0 },
    { name: "Silver", min_points: 2000, basis: "lifetime" as const, rank: 1 },
    { name: "Gold", min_points: 6000, basis: "lifetime" as const, rank: 2 },
  ]) {
    await createLoyaltyTierWorkflow(container).run({ input: tier })
  }
  await loyalty.createLoyaltyRewards([
    {
      name: "50 kr off your next order",
      description: "A single-use code for the web shop.",
      points_cost: 500,
      kind: "promotion_code",
      amount: 50,
      currency_code: "sek",
    },
    {
      name: "200 kr off your next order",
      points_cost: 1800,
      kind: "promotion_code",
      amount: 200,
      currency_code: "sek",
    },
    // Paid out through @medusajs/loyalty-plugin: spent in the cart's gift
    // card and store credit fields.
    {
      name: "300 kr gift card",
      description: "A gift card to spend now or give away.",
      points_cost: 2700,
      kind: "gift_card",
      amount: 300,
      currency_code: "sek",
    },
    {
      name: "200 kr store credit",
      points_cost: 1800,
      kind: "store_credit",
      amount: 200,
      currency_code: "sek",
    },
    {
      name: "€5 off your next order",
      points_cost: 500,
      kind: "promotion_code",
      amount: 5,
      currency_code: "eur",
    },
  ])
  await loyalty.createLoyaltyEarnRules({
    name: "Double points in December",
    target_type: "all",
    multiplier: 2,
    starts_at: new Date(`${new Date().getFullYear()}-12-01T00:00:00Z`),
    ends_at: new Date(`${new Date().getFullYear()}-12-31T23:59:59Z`),
  })

  // A few customers at once, each one's orders in date order, as they came.
  await mapConcurrently(orderIdsByCustomer, SEED_CONCURRENCY, async (orderIds) => {
    for (const orderId of orderIds) {
      await creditPointsForOrderWorkflow(container).run({ input: { order_id: orderId } })
    }
  })
  // The bookable service: a booking system reports tours taken
  // (`npm run demo:booking`), each earning these points. Made after the
  // past orders are credited, so their history stays as it was.
  const [tour] = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: DEMO_BOOKABLE_SERVICE_HANDLE }, { select: ["id"] })
  await loyalty.createLoyaltyEarnRules({
    name: "Backstage tour booked",
    target_type: "service",
    target_id: tour.id,
    points_per_item: DEMO_BOOKING_POINTS,
  })
  await releasePendingPointsWorkflow(container).run({ input: {} })
  await expirePointsWorkflow(container).run({ input: {} })
}

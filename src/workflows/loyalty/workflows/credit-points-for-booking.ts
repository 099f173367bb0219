import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import {
  BookingCompletedInput,
  creditPointsStep,
  ensureLoyaltyAccountStep,
  getBookingPointsStep,
  recomputeTiersStep,
} from "../steps"
import { entryEvents } from "./emit-ledger-events"

export const creditPointsForBookingWorkflowId = "credit-loyalty-points-for-booking"

/**
 * On `booking.completed`: credits the service's points, available a few
 * hours (settings' `booking_pending_hours`) after the booking took place.
 * Keyed by the booking id, so a redelivered event credits once.
 *
 * @example
 * await creditPointsForBookingWorkflow(container).run({
 *   input: { id: "bk_1", customer_id: "cus_123", product_id: "prod_yoga", occurred_at: "2026-11-25T10:00:00Z" },
 * })
 */
export const creditPointsForBookingWorkflow = createWorkflow(
  creditPointsForBookingWorkflowId,
  (input: BookingCompletedInput) => {
    const booking = getBookingPointsStep(input)

    const posted = when({ booking }, ({ booking }) => booking.points > 0).then(() => {
      const account = ensureLoyaltyAccountStep({ customer_id: input.customer_id })
      const creditInput = transform({ input, booking, account }, ({ input, booking, account }) => ({
        account_id: account.account_id,
        customer_id: input.customer_id,
        type: "earn" as const,
        points: booking.points,
        available_at: booking.available_at,
        expires_at: booking.expires_at,
        source: "booking" as const,
        source_id: input.id,
        idempotency_key: `booking:${input.id}:earn`,
        description: "Booking",
        metadata: {
          product_id: input.product_id ?? null,
          variant_id: input.variant_id ?? null,
          occurred_at: new Date(input.occurred_at).toISOString(),
          rule_ids: booking.rule_ids,
        },
      }))
      const posted = creditPointsStep(creditInput)
      const tierChanges = recomputeTiersStep({
        account_ids: transform({ account }, ({ account }) => [account.account_id]),
      })
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_CREDITED,
        data: transform({ posted }, ({ posted }) => entryEvents([posted])),
      })
      emitEventStep({
        eventName: LoyaltyEvents.TIER_CHANGED,
        data: tierChanges,
      }).config({ name: "emit-tier-changed" })
      return posted
    })

    return new WorkflowResponse(transform({ posted }, ({ posted }) => posted ?? null))
  }
)

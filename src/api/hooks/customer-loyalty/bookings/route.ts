import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PostedEntry } from "../../../../modules/customer-loyalty/ledger"
import {
  creditPointsForBookingWorkflow,
  reversePointsForSourceWorkflow,
} from "../../../../workflows/loyalty"
import { withConflictMessage } from "../../../utils/conflict-error"
import { resolveBookingCustomer } from "./resolve-customer"
import type { BookingWebhookResponse, Served } from "../../../../types/http"
import type { BookingWebhookBodyType } from "./validators"

const entryView = (posted: PostedEntry | null) =>
  posted && {
    id: posted.entry.id,
    type: posted.entry.type,
    points: posted.entry.points,
    status: posted.entry.status,
    available_at: posted.entry.available_at,
    expires_at: posted.entry.expires_at,
    created_at: posted.entry.created_at,
  }

/**
 * A booking system reports a completed or cancelled booking (signed; see
 * verify-signature.ts). Runs the workflows the `booking.completed` and
 * `booking.cancelled` events run, keyed by the booking id, so a redelivery
 * changes nothing: `duplicate` says the entry was already there, and a
 * cancellation with nothing left to take back answers `entry: null`.
 */
export const POST = async (
  req: MedusaRequest<BookingWebhookBodyType>,
  res: MedusaResponse<Served<BookingWebhookResponse>>
) => {
  const booking = req.validatedBody

  let posted: PostedEntry | null
  if (booking.status === "completed") {
    const customerId = await resolveBookingCustomer(req.scope, booking)
    // A 409 when the points would take the balance past what it holds.
    const { result } = await withConflictMessage(() =>
      creditPointsForBookingWorkflow(req.scope).run({
        input: {
          id: booking.id,
          customer_id: customerId,
          product_id: booking.product_id ?? null,
          variant_id: booking.variant_id ?? null,
          occurred_at: booking.occurred_at,
        },
      })
    )
    posted = result
  } else {
    // The booking id alone finds what it earned, and from which membership:
    // the customer's email may have changed since.
    const { result } = await reversePointsForSourceWorkflow(req.scope).run({
      input: {
        source: "booking",
        source_id: booking.id,
        reason: "cancel",
        description: "Booking cancelled",
      },
    })
    posted = result
  }

  res.status(200).json({
    received: true,
    booking_id: booking.id,
    status: booking.status,
    duplicate: posted?.duplicate ?? false,
    entry: entryView(posted),
  })
}

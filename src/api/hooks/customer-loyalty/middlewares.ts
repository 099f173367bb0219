import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-request"
import { BookingWebhookBody } from "./bookings/validators"
import { verifyBookingSignature } from "./bookings/verify-signature"

/** A booking is a few hundred bytes; anything near this is not one. */
export const BOOKING_WEBHOOK_SIZE_LIMIT = "64kb"

/**
 * Routes under /hooks have no Medusa authentication: the signature is the
 * authentication, checked over the exact bytes received (preserveRawBody),
 * before the body is validated.
 */
export const hooksCustomerLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/hooks/customer-loyalty/bookings",
    bodyParser: { preserveRawBody: true, sizeLimit: BOOKING_WEBHOOK_SIZE_LIMIT },
    middlewares: [verifyBookingSignature, validateAndTransformBody(BookingWebhookBody)],
  },
]

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../modules/customer-loyalty/service"
import {
  BOOKING_SIGNATURE_HEADER,
  BOOKING_TIMESTAMP_HEADER,
  checkBookingSignature,
} from "./signature"

const header = (req: MedusaRequest, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Lets a bookings webhook through only when it is signed with the plugin's
 * `bookings.webhook_secret` and its timestamp is recent; runs before the
 * body is validated, so an unsigned caller learns nothing about the body.
 * Without a secret every call is refused with 503: a booking system retries
 * a 5xx, so nothing is lost while the secret is being set up.
 */
export async function verifyBookingSignature(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const loyalty = req.scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const secret = loyalty.getOptions().bookings?.webhook_secret
  if (!secret) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn("Bookings webhook called, but the option bookings.webhook_secret is not set")
    res.status(503).json({
      type: "not_configured",
      message: "The bookings webhook is not configured on this store",
    })
    return
  }

  const check = checkBookingSignature({
    secret,
    timestamp: header(req, BOOKING_TIMESTAMP_HEADER),
    signature: header(req, BOOKING_SIGNATURE_HEADER),
    // Set by the route's body parser (preserveRawBody); absent when the
    // request had no body the parser reads, which then signs as empty.
    rawBody: (req as MedusaRequest & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0),
  })
  if (!check.valid) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, check.reason))
  }
  if (!req.is("application/json")) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, "Send the booking as application/json")
    )
  }
  next()
}

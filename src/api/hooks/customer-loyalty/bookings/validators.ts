import { z } from "@medusajs/framework/zod"
import { isoDateString } from "../../../utils/loyalty-validators"
import { fieldError } from "../../../../lib/schemas/field-rules"

const text = (field: string, max = 200) =>
  z
    .string(fieldError(field, "must be a string"))
    .trim()
    .min(1, fieldError(field, "must not be empty"))
    .max(max, fieldError(field, `must be at most ${max} characters`))

const BookingWebhookFields = z
  .object({
    /** The booking's id in the booking system: the key that makes redelivery harmless. */
    id: text("id"),
    customer_id: text("customer_id").optional(),
    customer_email: z
      .string(fieldError("customer_email", "must be a string"))
      .trim()
      .email(fieldError("customer_email", "must be an email address"))
      .optional(),
    product_id: text("product_id").nullish(),
    variant_id: text("variant_id").nullish(),
    occurred_at: isoDateString("occurred_at"),
    status: z.enum(
      ["completed", "cancelled"],
      fieldError("status", "must be 'completed' or 'cancelled'")
    ),
  })
  .superRefine((body, ctx) => {
    const given = [body.customer_id, body.customer_email].filter((v) => v !== undefined)
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["customer_id"],
        message: given.length
          ? "Send only one of the fields 'customer_id' and 'customer_email'"
          : "Field 'customer_id' or 'customer_email' is required",
      })
    }
  })

/**
 * The body of `POST /hooks/customer-loyalty/bookings`. Fields it does not
 * know are ignored, not refused: a booking system may send more than the
 * plugin reads, and a 400 would only make it retry the same body. (Medusa's
 * validator makes a plain object schema strict; the pipe keeps this one as
 * written.)
 */
export const BookingWebhookBody = z.unknown().pipe(BookingWebhookFields)
export type BookingWebhookBodyType = z.infer<typeof BookingWebhookFields>

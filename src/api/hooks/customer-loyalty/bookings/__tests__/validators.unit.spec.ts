import { MedusaRequest, MedusaResponse, validateAndTransformBody } from "@medusajs/framework/http"
import { BookingWebhookBody } from "../validators"

/** Runs the body through the middleware the route uses: the validated body, or the error. */
const validate = (body: unknown) =>
  new Promise<unknown>((resolve, reject) => {
    const req = { body } as MedusaRequest
    validateAndTransformBody(BookingWebhookBody)(req, {} as MedusaResponse, (error?: unknown) =>
      error ? reject(error) : resolve(req.validatedBody)
    )
  })

const valid = {
  id: "bk_1",
  customer_id: "cus_1",
  product_id: "prod_yoga",
  occurred_at: "2026-11-25T10:00:00Z",
  status: "completed",
}

const messageFor = (body: unknown) =>
  validate(body).then(
    () => null,
    (error) => error.message as string
  )

describe("bookings webhook body", () => {
  it("takes a booking by customer id or email, ignoring fields it does not know", async () => {
    await expect(validate({ ...valid, room: "B" })).resolves.toEqual(valid)
    const { customer_id: _, ...byEmail } = valid
    await expect(validate({ ...byEmail, customer_email: " ada@example.com " })).resolves.toEqual({
      ...byEmail,
      customer_email: "ada@example.com",
    })
  })

  it("names the field that is wrong", async () => {
    const { customer_id: _, ...noCustomer } = valid
    expect(await messageFor(noCustomer)).toMatch(
      "Field 'customer_id' or 'customer_email' is required"
    )
    expect(await messageFor({ ...valid, customer_email: "ada@example.com" })).toMatch(
      "Send only one of the fields 'customer_id' and 'customer_email'"
    )
    expect(await messageFor({ ...valid, status: "done" })).toMatch("status")
    expect(await messageFor({ ...valid, occurred_at: "yesterday" })).toMatch(
      "Field 'occurred_at' must be an ISO 8601 date"
    )
    expect(await messageFor({ ...valid, id: "" })).toMatch("field 'id'")
    expect(await messageFor({ ...valid, id: undefined })).toMatch("id")
    const { customer_id: __, ...rest } = valid
    expect(await messageFor({ ...rest, customer_email: "not-an-email" })).toMatch(
      "Field 'customer_email' must be an email address"
    )
    expect(await messageFor([valid])).not.toBeNull()
  })
})

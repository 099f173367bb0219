import { type MedusaSuiteOptions, TEST_BOOKINGS_SECRET } from "../../helpers/medusa-test-runner"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { signBookingPayload } from "../../../src/api/hooks/customer-loyalty/bookings/signature"
import { accountOfCustomer, createCustomer, expectLedgerInAgreement, loyaltyOf } from "./fixtures"

const HOUR = 60 * 60 * 1000
const PATH = "/hooks/customer-loyalty/bookings"
const nowSeconds = () => Math.floor(Date.now() / 1000)

export function bookingsWebhookTests({ api, getContainer }: MedusaSuiteOptions) {
  let container: MedusaContainer
  let customer: { id: string; email: string }
  const occurredAt = new Date(Date.now() - HOUR).toISOString()

  const completed = (overrides: Record<string, unknown> = {}) => ({
    id: "bk_1",
    customer_id: customer.id,
    product_id: "prod_yoga",
    occurred_at: occurredAt,
    status: "completed",
    ...overrides,
  })

  /**
   * Posts `body` as the exact bytes signed (a string is sent as it is),
   * with no Medusa authentication; answers every status.
   */
  const post = (
    body: unknown,
    {
      timestamp = String(nowSeconds()),
      signature,
      headers = {},
    }: {
      timestamp?: string | null
      signature?: string | null
      headers?: Record<string, string>
    } = {}
  ) => {
    const raw = typeof body === "string" ? body : JSON.stringify(body)
    const sent: Record<string, string> = { "content-type": "application/json", ...headers }
    if (timestamp !== null) sent["x-loyalty-timestamp"] = timestamp
    if (signature !== null) {
      sent["x-loyalty-signature"] =
        signature ?? signBookingPayload(TEST_BOOKINGS_SECRET, timestamp ?? "", raw)
    }
    return api.post(PATH, raw, { headers: sent, validateStatus: () => true })
  }

  const bookingEntries = () => loyaltyOf(container).listLoyaltyEntries({ source: "booking" })

  const expectNothingWritten = async () => {
    expect(await bookingEntries()).toHaveLength(0)
    expect(await loyaltyOf(container).listLoyaltyAccounts({})).toHaveLength(0)
  }

  beforeEach(async () => {
    container = getContainer()
    await loyaltyOf(container).updateProgramSettings({ booking_pending_hours: 3 })
    await loyaltyOf(container).createLoyaltyEarnRules({
      name: "Yoga class",
      target_type: "service",
      target_id: "prod_yoga",
      points_per_item: 40,
    })
    customer = await createCustomer(container, "fi@example.com")
  })

  afterEach(async () => {
    await expectLedgerInAgreement(container)
  })

  it("credits a completed booking once, however often it is delivered", async () => {
    const first = await post(completed())
    expect(first.status).toBe(200)
    expect(first.data).toEqual({
      received: true,
      booking_id: "bk_1",
      status: "completed",
      duplicate: false,
      entry: expect.objectContaining({
        id: expect.any(String),
        type: "earn",
        points: 40,
        status: "pending",
        available_at: new Date(Date.parse(occurredAt) + 3 * HOUR).toISOString(),
      }),
    })

    // The same request again, and the same booking signed afresh.
    const raw = JSON.stringify(completed())
    const timestamp = String(nowSeconds())
    const signature = signBookingPayload(TEST_BOOKINGS_SECRET, timestamp, raw)
    for (const again of [
      await post(raw, { timestamp, signature }),
      await post(raw, { timestamp, signature }),
      await post(completed()),
    ]) {
      expect(again.status).toBe(200)
      expect(again.data).toMatchObject({ duplicate: true, entry: { id: first.data.entry.id } })
    }

    expect(await bookingEntries()).toHaveLength(1)
    expect(await accountOfCustomer(container, customer.id)).toMatchObject({
      points_pending: 40,
      points_available: 0,
    })
  })

  it("takes a cancelled booking's points back, once", async () => {
    await post(completed())
    const cancelled = await post(completed({ status: "cancelled" }))
    expect(cancelled.status).toBe(200)
    expect(cancelled.data).toMatchObject({
      received: true,
      status: "cancelled",
      duplicate: false,
      entry: { type: "reverse", points: -40 },
    })

    const again = await post(completed({ status: "cancelled" }))
    expect(again.status).toBe(200)
    expect(again.data).toMatchObject({ entry: null })

    expect((await bookingEntries()).map((e) => [e.type, e.points]).sort()).toEqual([
      ["earn", 40],
      ["reverse", -40],
    ])
    expect(await accountOfCustomer(container, customer.id)).toMatchObject({
      points_pending: 0,
      points_available: 0,
    })
  })

  it("answers 200 with no entry for a booking whose service earns nothing", async () => {
    const response = await post(completed({ product_id: "prod_unknown" }))
    expect(response.status).toBe(200)
    expect(response.data).toMatchObject({ received: true, entry: null })
    expect(await bookingEntries()).toHaveLength(0)
  })

  it("refuses a wrong, missing or stale signature with 401 and writes nothing", async () => {
    const raw = JSON.stringify(completed())
    const stale = String(nowSeconds() - 6 * 60)
    const cases = [
      [
        { signature: signBookingPayload("another secret", String(nowSeconds()), raw) },
        /does not match/,
      ],
      // Signed over another body than the one sent.
      [
        {
          signature: signBookingPayload(
            TEST_BOOKINGS_SECRET,
            String(nowSeconds()),
            raw.replace("40", "41") + " "
          ),
        },
        /does not match/,
      ],
      [{ signature: null }, /Missing x-loyalty-signature/],
      [{ timestamp: null }, /Missing x-loyalty-timestamp/],
      [
        { timestamp: stale, signature: signBookingPayload(TEST_BOOKINGS_SECRET, stale, raw) },
        /more than 5 minutes/,
      ],
      [{ signature: "sha256=nothex" }, /64 hex digits/],
    ] as const
    for (const [headers, message] of cases) {
      const response = await post(raw, headers)
      expect(response.status).toBe(401)
      expect(response.data.message).toMatch(message)
    }
    // A valid signature made for another timestamp than the one sent.
    const response = await post(raw, {
      timestamp: String(nowSeconds()),
      signature: signBookingPayload(TEST_BOOKINGS_SECRET, String(nowSeconds() - 10), raw),
    })
    expect(response.status).toBe(401)
    await expectNothingWritten()
  })

  it("refuses a body over 64 kB with 413 and writes nothing", async () => {
    const body = completed({ notes: "x".repeat(65 * 1024) })
    const response = await post(body)
    expect(response.status).toBe(413)
    await expectNothingWritten()
  })

  it("answers 400 naming the field for a bad body, and writes nothing", async () => {
    const { customer_id: _, ...withoutCustomer } = completed()
    const cases: [unknown, RegExp][] = [
      [completed({ id: undefined }), /'id'/],
      [completed({ status: "done" }), /'status'/],
      [completed({ occurred_at: "yesterday" }), /Field 'occurred_at' must be an ISO 8601 date/],
      [withoutCustomer, /Field 'customer_id' or 'customer_email' is required/],
      [
        completed({ customer_email: customer.email }),
        /only one of the fields 'customer_id' and 'customer_email'/,
      ],
      [
        { ...withoutCustomer, customer_email: "not an email" },
        /Field 'customer_email' must be an email address/,
      ],
      [completed({ product_id: 42 }), /'product_id'/],
      ["[1, 2]", /Invalid request/],
    ]
    for (const [body, message] of cases) {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    }
    const notJson = await post("id=bk_1", { headers: { "content-type": "text/plain" } })
    expect(notJson.status).toBe(400)
    expect(notJson.data.message).toMatch(/application\/json/)
    await expectNothingWritten()
  })

  it("finds the customer by email, ignoring case and preferring the registered customer", async () => {
    const customers = container.resolve(Modules.CUSTOMER)
    await customers.createCustomers({ email: "Maja.Berg@Example.com", has_account: false })
    const registered = await customers.createCustomers({
      email: "Maja.Berg@Example.com",
      has_account: true,
    })
    const { customer_id: _, ...booking } = completed({ id: "bk_email" })

    const response = await post({ ...booking, customer_email: "maja.berg@example.com" })
    expect(response.status).toBe(200)
    expect(response.data.entry).toMatchObject({ points: 40 })
    expect(await accountOfCustomer(container, registered.id)).toMatchObject({
      points_pending: 40,
    })
    expect(await accountOfCustomer(container, customer.id)).toBeUndefined()

    // "_" is a wildcard in ILIKE: unescaped, it would find fi@example.com.
    const unknown = await post({ ...booking, id: "bk_nobody", customer_email: "f_@example.com" })
    expect(unknown.status).toBe(404)
    expect(unknown.data.message).toBe("Customer with email: f_@example.com was not found")
    const unknownId = await post(completed({ id: "bk_nobody", customer_id: "cus_missing" }))
    expect(unknownId.status).toBe(404)
    expect(unknownId.data.message).toMatch("Customer with id: cus_missing was not found")
    expect(await bookingEntries()).toHaveLength(1)
  })

  it("answers 409 naming the limit for points a balance cannot hold, and writes nothing more", async () => {
    await loyaltyOf(container).createLoyaltyEarnRules({
      name: "Retreat",
      target_type: "service",
      target_id: "prod_retreat",
      points_per_item: 1_000_000_000,
    })
    const retreat = (id: string) => completed({ id, product_id: "prod_retreat" })
    expect((await post(retreat("bk_r1"))).status).toBe(200)
    expect((await post(retreat("bk_r2"))).status).toBe(200)
    const third = await post(retreat("bk_r3"))
    expect(third.status).toBe(409)
    expect(third.data.message).toMatch(/holds at most 2147483647 points/)

    expect(await bookingEntries()).toHaveLength(2)
    expect(await accountOfCustomer(container, customer.id)).toMatchObject({
      points_pending: 2_000_000_000,
      points_available: 0,
    })
    // A redelivery of a booking already credited is still a 200.
    expect((await post(retreat("bk_r1"))).data).toMatchObject({ duplicate: true })
  })

  it("refuses every call with 503 while no secret is configured", async () => {
    const options = loyaltyOf(container).getOptions()
    const saved = options.bookings
    options.bookings = {}
    try {
      const response = await post(completed())
      expect(response.status).toBe(503)
      expect(response.data.message).toMatch(/not configured/)
    } finally {
      options.bookings = saved
    }
    await expectNothingWritten()
  })
}

import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { SubscriberArgs } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import creditPointsOnBookingCompleted from "../../../src/subscribers/booking-completed-credit-points"
import reversePointsOnBookingCancelled from "../../../src/subscribers/booking-cancelled-reverse-points"
import reversePointsOnOrderCanceled from "../../../src/subscribers/order-canceled-reverse-points"
import creditPointsOnOrderPlaced from "../../../src/subscribers/order-placed-credit-points"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  adjustPointsWorkflow,
  BookingCompletedInput,
  releasePendingPointsWorkflow,
  reversePointsForSourceWorkflow,
} from "../../../src/workflows/loyalty"
import {
  accountOfCustomer,
  createCustomer,
  createOrder,
  expectLedgerInAgreement,
  loyaltyOf,
} from "./fixtures"

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

/** Delivers an event to a subscriber three times, as a flaky bus might. */
async function deliverThreeTimes<T>(
  handler: (args: SubscriberArgs<T>) => Promise<void>,
  container: MedusaContainer,
  name: string,
  data: T
) {
  for (let i = 0; i < 3; i++) {
    await handler({ event: { name, data }, container } as SubscriberArgs<T>)
  }
}

export function earnAndReverseTests(options: MedusaSuiteOptions) {
  const { getContainer } = options
  let container: MedusaContainer

  sharedFixtures(options, async () => {
    container = getContainer()
    await loyaltyOf(container).updateProgramSettings({
      points_per_currency: { sek: 1, eur: 10 },
      pending_days: 14,
      booking_pending_hours: 3,
      expiry_months: 12,
    })
    await loyaltyOf(container).createLoyaltyTiers([
      { name: "Silver", min_points: 100, basis: "lifetime", rank: 1 },
      { name: "Gold", min_points: 1000, basis: "lifetime", rank: 2 },
    ])
  })

  afterEach(async () => {
    await expectLedgerInAgreement(container)
  })

  it("refuses an order's points, naming the limit, when the balance cannot hold them", async () => {
    const customer = await createCustomer(container, "rich@example.com")
    const bigOrder = () =>
      createOrder(container, {
        customer_id: customer.id,
        items: [{ quantity: 1, unit_price: 1_000_000_000 }],
      })
    const placed = async () => {
      const order = await bigOrder()
      await creditPointsOnOrderPlaced({
        event: { name: "order.placed", data: { id: order.id } },
        container,
      } as SubscriberArgs<{ id: string }>)
    }
    await placed()
    await placed()
    await expect(placed()).rejects.toMatchObject({
      type: "conflict",
      message: expect.stringMatching(/holds at most 2147483647 points/),
    })
    const account = await accountOfCustomer(container, customer.id)
    expect(account).toEqual(
      expect.objectContaining({ points_pending: 2_000_000_000, points_available: 0 })
    )
    expect(await loyaltyOf(container).listLoyaltyEntries({ account_id: account!.id })).toHaveLength(
      2
    )
  })

  it("credits pending points for a placed order once, however often the event comes", async () => {
    const customer = await createCustomer(container, "ada@example.com")
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [
        { quantity: 2, unit_price: 100 },
        { quantity: 1, unit_price: 49.9 },
      ],
    })

    await deliverThreeTimes(creditPointsOnOrderPlaced, container, "order.placed", {
      id: order.id,
    })

    const account = await accountOfCustomer(container, customer.id)
    expect(account).toEqual(
      expect.objectContaining({
        points_pending: 249,
        points_available: 0,
        points_lifetime: 0,
        member_number: expect.stringMatching(/^\d{10}$/),
      })
    )
    const entries = await loyaltyOf(container).listLoyaltyEntries({
      account_id: account!.id,
    })
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry).toEqual(
      expect.objectContaining({
        type: "earn",
        status: "pending",
        source: "order",
        source_id: order.id,
        idempotency_key: `order:${order.id}:earn`,
      })
    )
    const placedAt = new Date(order.created_at).getTime()
    expect(new Date(entry.available_at!).getTime()).toBe(placedAt + 14 * DAY)
  })

  it("earns 10 points per euro and applies earn rules and campaigns", async () => {
    const service = loyaltyOf(container)
    await service.createLoyaltyEarnRules([
      {
        name: "Concert tickets",
        target_type: "product",
        target_id: "prod_concert",
        points_per_item: 50,
      },
      {
        name: "Double points week",
        target_type: "all",
        multiplier: 2,
        starts_at: new Date(Date.now() - DAY),
        ends_at: new Date(Date.now() + DAY),
      },
      {
        name: "Old campaign",
        target_type: "all",
        multiplier: 5,
        starts_at: new Date(Date.now() - 30 * DAY),
        ends_at: new Date(Date.now() - 20 * DAY),
      },
    ])
    const customer = await createCustomer(container, "bo@example.com")
    const order = await createOrder(container, {
      customer_id: customer.id,
      currency_code: "eur",
      items: [
        { quantity: 2, unit_price: 30, product_id: "prod_concert" },
        { quantity: 1, unit_price: 5.55 },
      ],
    })
    await creditPointsOnOrderPlaced({
      event: { name: "order.placed", data: { id: order.id } },
      container,
    } as SubscriberArgs<{ id: string }>)

    // (60 € × 10 × 2) + 2 × 50  +  (5.55 € × 10 × 2 = 111)
    const account = await accountOfCustomer(container, customer.id)
    expect(account!.points_pending).toBe(1200 + 100 + 111)
  })

  it("makes points available after the pending period and moves the tier up", async () => {
    const customer = await createCustomer(container, "cy@example.com")
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 1, unit_price: 150 }],
    })
    await creditPointsOnOrderPlaced({
      event: { name: "order.placed", data: { id: order.id } },
      container,
    } as SubscriberArgs<{ id: string }>)

    await releasePendingPointsWorkflow(container).run({
      input: { now: new Date(Date.now() + 13 * DAY) },
    })
    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(0)

    const { result } = await releasePendingPointsWorkflow(container).run({
      input: { now: new Date(Date.now() + 15 * DAY) },
    })
    expect(result).toHaveLength(1)
    const account = await accountOfCustomer(container, customer.id)
    const [silver] = await loyaltyOf(container).listLoyaltyTiers({ name: "Silver" })
    expect(account).toEqual(
      expect.objectContaining({
        points_available: 150,
        points_pending: 0,
        points_lifetime: 150,
        tier_id: silver.id,
      })
    )
  })

  it("releases more due lots than one statement takes, once each, with releases and credits racing", async () => {
    // 2,600 due lots over three members: the release takes 1,000 per
    // statement, so this crosses two batch boundaries.
    const customers = await Promise.all(
      ["r1@example.com", "r2@example.com", "r3@example.com"].map((email) =>
        createCustomer(container, email)
      )
    )
    for (const customer of customers) {
      await adjustPointsWorkflow(container).run({
        input: {
          customer_id: customer.id,
          points: 1,
          description: "Opening",
          idempotency_key: `open-${customer.id}`,
        },
      })
    }
    const accounts = await Promise.all(customers.map((c) => accountOfCustomer(container, c.id)))
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `WITH lots AS (
         INSERT INTO loyalty_entry (id, account_id, customer_id, type, points, status, available_at,
                                    remaining, source, source_id, idempotency_key)
         SELECT 'lent_due_' || i, a.account_id, a.customer_id, 'earn', 1 + i % 7, 'pending',
                now() - make_interval(secs => i), 1 + i % 7, 'order', 'order_due_' || i, 'due-lot-' || i
           FROM generate_series(1, 2600) i
           JOIN (SELECT * FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(account_id, customer_id, n)) a
             ON a.n = 1 + i % 3
         RETURNING account_id, points
       )
       UPDATE loyalty_account acc SET points_pending = acc.points_pending + l.points
         FROM (SELECT account_id, sum(points)::int AS points FROM lots GROUP BY account_id) l
        WHERE acc.id = l.account_id`,
      [accounts.map((a) => a!.id), customers.map((c) => c.id)]
    )
    const due = Number(
      (await pg.raw(`SELECT sum(points) AS s FROM loyalty_entry WHERE id LIKE 'lent_due_%'`))
        .rows[0].s
    )

    const runs = await Promise.allSettled([
      ...Array.from({ length: 3 }, () =>
        releasePendingPointsWorkflow(container).run({ input: { now: new Date() } })
      ),
      ...customers.flatMap((customer, i) =>
        Array.from({ length: 5 }, (_, k) =>
          adjustPointsWorkflow(container).run({
            input: {
              customer_id: customer.id,
              points: 10,
              description: "Race",
              idempotency_key: `race-${i}-${k}`,
            },
          })
        )
      ),
    ])
    expect(runs.filter((run) => run.status === "rejected")).toEqual([])
    const releasedIds = runs
      .slice(0, 3)
      .flatMap((run) =>
        (run as PromiseFulfilledResult<{ result: { id: string }[] }>).value.result.map(
          (lot) => lot.id
        )
      )
    expect(releasedIds).toHaveLength(2600)
    expect(new Set(releasedIds).size).toBe(2600)

    const kept = await Promise.all(customers.map((c) => accountOfCustomer(container, c.id)))
    expect(kept.reduce((sum, a) => sum + a!.points_pending, 0)).toBe(0)
    expect(kept.reduce((sum, a) => sum + a!.points_available, 0)).toBe(due + 3 + 150)
    await expectLedgerInAgreement(container)
  })

  it("reverses a cancelled order once: pending first, never below zero", async () => {
    const customer = await createCustomer(container, "di@example.com")
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 1, unit_price: 300 }],
    })
    await creditPointsOnOrderPlaced({
      event: { name: "order.placed", data: { id: order.id } },
      container,
    } as SubscriberArgs<{ id: string }>)

    await deliverThreeTimes(reversePointsOnOrderCanceled, container, "order.canceled", {
      id: order.id,
    })
    const account = await accountOfCustomer(container, customer.id)
    expect(account).toEqual(expect.objectContaining({ points_pending: 0, points_available: 0 }))
    const reversals = await loyaltyOf(container).listLoyaltyEntries({ type: "reverse" })
    expect(reversals).toHaveLength(1)
    expect(reversals[0]).toEqual(
      expect.objectContaining({ points: -300, shortfall: 0, source_id: order.id })
    )
  })

  it("reverses a refund in proportion, and a later cancel takes the rest", async () => {
    const customer = await createCustomer(container, "ed@example.com")
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 1, unit_price: 400 }],
    })
    await creditPointsOnOrderPlaced({
      event: { name: "order.placed", data: { id: order.id } },
      container,
    } as SubscriberArgs<{ id: string }>)
    await releasePendingPointsWorkflow(container).run({
      input: { now: new Date(Date.now() + 15 * DAY) },
    })

    // A quarter refunded, delivered twice: 100 points back, once.
    for (let i = 0; i < 2; i++) {
      await reversePointsForSourceWorkflow(container).run({
        input: {
          source: "order",
          source_id: order.id,
          reason: "refunds:1",
          refund: { refunded: 100, total: 400 },
        },
      })
    }
    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(300)

    // Half refunded in all: 100 more.
    await reversePointsForSourceWorkflow(container).run({
      input: {
        source: "order",
        source_id: order.id,
        reason: "refunds:2",
        refund: { refunded: 200, total: 400 },
      },
    })
    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(200)

    await reversePointsOnOrderCanceled({
      event: { name: "order.canceled", data: { id: order.id } },
      container,
    } as SubscriberArgs<{ id: string }>)
    const account = await accountOfCustomer(container, customer.id)
    expect(account).toEqual(
      expect.objectContaining({ points_available: 0, points_lifetime: 0, tier_id: null })
    )
  })

  it("credits a completed booking a few hours after it took place, once", async () => {
    await loyaltyOf(container).createLoyaltyEarnRules({
      name: "Yoga class",
      target_type: "service",
      target_id: "prod_yoga",
      points_per_item: 40,
    })
    const customer = await createCustomer(container, "fi@example.com")
    const occurredAt = new Date(Date.now() - HOUR)
    const booking = {
      id: "booking_1",
      customer_id: customer.id,
      product_id: "prod_yoga",
      occurred_at: occurredAt.toISOString(),
    }
    await deliverThreeTimes(creditPointsOnBookingCompleted, container, "booking.completed", booking)

    const account = await accountOfCustomer(container, customer.id)
    expect(account!.points_pending).toBe(40)
    const [entry] = await loyaltyOf(container).listLoyaltyEntries({
      source: "booking",
    })
    expect(new Date(entry.available_at!).getTime()).toBe(occurredAt.getTime() + 3 * HOUR)

    await deliverThreeTimes(reversePointsOnBookingCancelled, container, "booking.cancelled", {
      id: "booking_1",
      customer_id: customer.id,
    })
    expect((await accountOfCustomer(container, customer.id))!.points_pending).toBe(0)
  })

  it("ignores orders without a customer and bookings that earn nothing", async () => {
    const customer = await createCustomer(container, "gu@example.com")
    await creditPointsOnBookingCompleted({
      event: {
        name: "booking.completed",
        data: {
          id: "booking_2",
          customer_id: customer.id,
          product_id: "prod_unknown",
          occurred_at: new Date().toISOString(),
        },
      },
      container,
    } as SubscriberArgs<BookingCompletedInput>)
    expect(await accountOfCustomer(container, customer.id)).toBeUndefined()
  })
}

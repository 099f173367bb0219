import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { compileSegmentRules, parseSegmentRules } from "../../../src/segments"
import { refreshSegmentsForCustomers } from "../../../src/subscribers/order-facts-refreshed-refresh-segments"
import {
  refreshSegmentForCustomersWorkflow,
  refreshSegmentWorkflow,
} from "../../../src/workflows/segments"
import { createAdminUser } from "../../helpers/auth"
import { eventually } from "../../helpers/eventually"
import { useStoreCurrencies } from "../customer-overview/fixtures"
import { createCustomer, createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"
import { createCatalog } from "./fixtures"

const spenders = { all: [{ field: "total_spent", op: "gte", value: 1000, currency_code: "sek" }] }

/**
 * The incremental refresh: after an order event, the customer's
 * memberships and segment flags follow without a full refresh, for the
 * segments whose rules read orders, and only for those.
 */
export function incrementalRefreshTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let container: MedusaContainer
  let catalog: Awaited<ReturnType<typeof createCatalog>>
  let spenderFlag: { id: string }
  let espressoFlag: { id: string }
  /** SEK ≥ 1,000 in all: gives "Big spender", taken back on leaving. */
  let bigSpenders: { id: string }
  /** Bought Espresso: gives "Espresso", kept on leaving. */
  let espressoBuyers: { id: string }
  /** E-mail at shop.se: reads no orders. */
  let shopDomain: { id: string }

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    await useStoreCurrencies(container)
    catalog = await createCatalog(container)
    const flag = async (name: string, abbreviation: string) =>
      (
        await api.post(
          "/admin/customer-flags",
          { name, abbreviation, icon: "Sparkles", color: "#92400E" },
          admin
        )
      ).data.customer_flag
    spenderFlag = await flag("Big spender", "BIG")
    espressoFlag = await flag("Espresso", "ESP")
    const segment = async (body: Record<string, unknown>) =>
      (await api.post("/admin/segments", body, admin)).data.segment
    bigSpenders = await segment({
      name: "Big spenders",
      rules: spenders,
      flag_id: spenderFlag.id,
      remove_flag_on_leave: true,
    })
    espressoBuyers = await segment({
      name: "Espresso buyers",
      rules: { all: [{ field: "purchased_product", op: "in", value: [catalog.espresso.id] }] },
      flag_id: espressoFlag.id,
    })
    shopDomain = await segment({
      name: "Shop",
      rules: { all: [{ field: "email_domain", op: "in", value: ["shop.se"] }] },
    })
    // Refreshed once while nobody matches: the scheduled job (every minute,
    // for segments not refreshed within the hour) then leaves them alone,
    // and whatever changes later is the incremental refresh's doing.
    for (const { id } of [bigSpenders, espressoBuyers, shopDomain]) {
      await refreshSegmentWorkflow(container).run({ input: { segment_id: id } })
    }
  })

  const bus = () => container.resolve(Modules.EVENT_BUS)
  /** Runs `action`, which makes Medusa emit `name`, and waits for the event's subscribers. */
  const emitted = async (name: string, action: () => Promise<unknown>) => {
    const done = TestEventUtils.waitSubscribersExecution(name, bus())
    await action()
    await done
  }
  /** Delivers `order.placed` as Medusa does after checkout. */
  const placed = (orderId: string) =>
    emitted("order.placed", () => bus().emit({ name: "order.placed", data: { id: orderId } }))
  const order = (
    customerId: string,
    quantity: number,
    unitPrice: number,
    product = catalog.espresso
  ) =>
    createOrder(container, {
      customer_id: customerId,
      items: [
        { quantity, unit_price: unitPrice, product_id: product.id, variant_id: product.variant_id },
      ],
    })

  const members = async (segmentId: string) =>
    (
      await loyaltyOf(container).listCustomerSegmentMemberships(
        { segment_id: segmentId, left_at: null },
        { select: ["customer_id"] }
      )
    )
      .map((m) => m.customer_id)
      .sort()
  const holders = async (flagId: string) =>
    (
      await loyaltyOf(container).listCustomerFlagAssignments(
        { flag_id: flagId, removed_at: null },
        { select: ["customer_id", "source", "source_id"] }
      )
    ).sort((a, b) => a.customer_id.localeCompare(b.customer_id))
  const segmentOf = async (id: string) =>
    (await api.get(`/admin/segments/${id}`, admin)).data.segment

  /** Who a full evaluation of the segment's rules selects now. */
  const evaluated = async (segmentId: string) => {
    const segment = await loyaltyOf(container).retrieveCustomerSegment(segmentId)
    const parsed = parseSegmentRules(segment.rules)
    const settings = loyaltyOf(container).getSegmentSettings()
    const statement = compileSegmentRules(parsed.rules!, {
      timezone: settings.timezone,
      now: new Date(),
      marketing_consent_key: settings.marketing_consent_key,
    })
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw(statement.text, [...statement.params] as Knex.RawBinding[])
    return rows.map((r: { customer_id: string }) => r.customer_id).sort()
  }
  /**
   * Stored members = a full evaluation, the kept count agrees, and for the
   * segments that give a flag nobody else gives here: holders = members.
   */
  const expectInvariants = async () => {
    for (const segment of [bigSpenders, espressoBuyers]) {
      const stored = await members(segment.id)
      expect([segment.id, stored]).toEqual([segment.id, await evaluated(segment.id)])
      expect((await segmentOf(segment.id)).member_count).toBe(stored.length)
    }
    for (const [segment, flag] of [
      [bigSpenders, spenderFlag],
      [espressoBuyers, espressoFlag],
    ]) {
      const stored = await members(segment.id)
      const flagged = (await holders(flag.id)).map((h) => h.customer_id)
      expect([segment.id, flagged]).toEqual([segment.id, stored])
    }
  }

  it("lets a customer enter and get the segment's flag after an order, without a full refresh", async () => {
    const ada = await createCustomer(container, "ada@shop.se")
    const bob = await createCustomer(container, "bob@corp.com")
    const fullRefreshAt = (await segmentOf(bigSpenders.id)).last_refreshed_at
    const first = await order(ada.id, 2, 600)
    await placed(first.id)

    await eventually(async () => {
      expect(await members(bigSpenders.id)).toEqual([ada.id])
      expect(await members(espressoBuyers.id)).toEqual([ada.id])
    })
    await eventually(async () => {
      expect(await holders(spenderFlag.id)).toEqual([
        expect.objectContaining({
          customer_id: ada.id,
          source: "segment",
          source_id: bigSpenders.id,
        }),
      ])
      expect((await holders(espressoFlag.id)).map((h) => h.customer_id)).toEqual([ada.id])
    })
    // Only the customers of the order were looked at, and no full refresh ran.
    const segment = await segmentOf(bigSpenders.id)
    expect(segment).toEqual(
      expect.objectContaining({ member_count: 1, last_refreshed_at: fullRefreshAt })
    )
    expect(await members(bigSpenders.id)).not.toContain(bob.id)
    // The segment that reads no orders is untouched, though Ada matches it.
    expect(await members(shopDomain.id)).toEqual([])
    expect((await segmentOf(shopDomain.id)).member_count).toBe(0)
    expect(await evaluated(shopDomain.id)).toEqual([ada.id])

    // Running it again changes nothing.
    const { result } = await refreshSegmentForCustomersWorkflow(container).run({
      input: { segment_id: bigSpenders.id, customer_ids: [ada.id, bob.id] },
    })
    expect(result).toEqual({ segment_id: bigSpenders.id, member_count: 1, entered: [], left: [] })
    await expectInvariants()
  })

  it("lets a customer leave after a cancel, taking back only the flag given on leave", async () => {
    const ada = await createCustomer(container, "ada@shop.se")
    const first = await order(ada.id, 2, 600)
    await placed(first.id)
    await eventually(async () => {
      expect((await holders(spenderFlag.id)).map((h) => h.customer_id)).toEqual([ada.id])
      expect((await holders(espressoFlag.id)).map((h) => h.customer_id)).toEqual([ada.id])
    })

    await emitted("order.canceled", () =>
      cancelOrderWorkflow(container).run({ input: { order_id: first.id } })
    )
    await eventually(async () => {
      expect(await members(bigSpenders.id)).toEqual([])
      expect(await members(espressoBuyers.id)).toEqual([])
      expect(await holders(spenderFlag.id)).toEqual([])
    })
    // "Espresso buyers" does not take its flag back.
    expect((await holders(espressoFlag.id)).map((h) => h.customer_id)).toEqual([ada.id])
    expect((await segmentOf(bigSpenders.id)).member_count).toBe(0)
    const left = (await api.get(`/admin/segments/${bigSpenders.id}/members?status=left`, admin))
      .data
    expect(left.customers.map((c: { id: string }) => c.id)).toEqual([ada.id])
  })

  it("lets a customer leave after a return brings their total under the threshold", async () => {
    const ada = await createCustomer(container, "ada@shop.se")
    const first = await order(ada.id, 2, 600)
    await placed(first.id)
    await eventually(async () => expect(await members(bigSpenders.id)).toEqual([ada.id]))

    const item = first.items![0]
    await container.resolve(Modules.ORDER).registerFulfillment({
      order_id: first.id,
      items: [{ id: item.id, quantity: 2 }],
    })
    const { result: change } = await beginReturnOrderWorkflow(container).run({
      input: { order_id: first.id },
    })
    const returnId = change.return_id
    await requestItemReturnWorkflow(container).run({
      input: { return_id: returnId, items: [{ id: item.id, quantity: 1 }] },
    })
    await emitted("order.return_requested", () =>
      confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
    )
    await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
    await receiveItemReturnRequestWorkflow(container).run({
      input: { return_id: returnId, items: [{ id: item.id, quantity: 1 }] },
    })
    await emitted("order.return_received", () =>
      confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
    )
    // 600 left: out of the big spenders; still bought Espresso.
    await eventually(async () => {
      expect(await members(bigSpenders.id)).toEqual([])
      expect(await holders(spenderFlag.id)).toEqual([])
    })
    expect(await members(espressoBuyers.id)).toEqual([ada.id])
    await expectInvariants()
  })

  it("keeps members and flags right under 20 order events at once and a racing full refresh", async () => {
    const ada = await createCustomer(container, "ada@shop.se")
    const bob = await createCustomer(container, "bob@corp.com")
    // 20 orders of 100 each for Ada: she crosses 1,000 at the tenth.
    const orders: { id: string }[] = []
    for (let i = 0; i < 20; i++) {
      orders.push(await order(ada.id, 1, 100, i % 2 ? catalog.greenTea : catalog.espresso))
    }
    const bobs = await order(bob.id, 1, 2000, catalog.greenTea)
    // The events are emitted together, not awaited one by one: their
    // subscribers (points, facts, segments…) then all run at once.
    await Promise.all([
      bus().emit([...orders, bobs].map((o) => ({ name: "order.placed", data: { id: o.id } }))),
      refreshSegmentWorkflow(container).run({ input: { segment_id: bigSpenders.id } }),
      refreshSegmentWorkflow(container).run({ input: { segment_id: espressoBuyers.id } }),
    ])
    await eventually(
      async () => {
        expect(await members(bigSpenders.id)).toEqual([ada.id, bob.id].sort())
        expect(await members(espressoBuyers.id)).toEqual([ada.id])
        await expectInvariants()
      },
      120_000,
      500
    )

    // Incremental refreshes of both customers, 20 at once, racing full
    // refreshes and cancels that take Ada back under the threshold.
    await Promise.all([
      ...Array.from({ length: 20 }, () =>
        refreshSegmentsForCustomers(container, {
          customer_ids: [ada.id, bob.id],
          changed: "orders",
        })
      ),
      refreshSegmentWorkflow(container).run({ input: { segment_id: bigSpenders.id } }),
      ...orders
        .slice(0, 12)
        .map((o) => cancelOrderWorkflow(container).run({ input: { order_id: o.id } })),
      refreshSegmentWorkflow(container).run({ input: { segment_id: bigSpenders.id } }),
    ])
    // 800 left for Ada: out of the big spenders; still bought Espresso
    // (orders 12, 14, 16 and 18 of the remaining eight are Espresso).
    await eventually(
      async () => {
        expect(await members(bigSpenders.id)).toEqual([bob.id])
        await expectInvariants()
      },
      120_000,
      500
    )
    // A full refresh afterwards finds nothing left to do.
    for (const segment of [bigSpenders, espressoBuyers]) {
      const { result } = await refreshSegmentWorkflow(container).run({
        input: { segment_id: segment.id },
      })
      expect([segment.id, result.entered, result.left]).toEqual([segment.id, 0, 0])
    }
  })

  it("refreshes only the segments whose rules read what changed, and nobody for no customers", async () => {
    const ada = await createCustomer(container, "ada@shop.se")
    await order(ada.id, 2, 600)
    expect(
      await refreshSegmentsForCustomers(container, { customer_ids: [], changed: "orders" })
    ).toEqual([])
    const byCustomer = await refreshSegmentsForCustomers(container, {
      customer_ids: [ada.id, ada.id],
      changed: "customer",
    })
    expect(byCustomer).toEqual([
      { segment_id: shopDomain.id, member_count: 1, entered: [ada.id], left: [] },
    ])
    // The order was never placed as far as the facts know: nobody enters.
    const byOrders = await refreshSegmentsForCustomers(container, {
      customer_ids: [ada.id],
      changed: "orders",
    })
    expect(byOrders.map((r) => r.segment_id).sort()).toEqual(
      [bigSpenders.id, espressoBuyers.id].sort()
    )
    expect(byOrders.every((r) => r.entered.length === 0 && r.left.length === 0)).toBe(true)
    expect(
      await refreshSegmentsForCustomers(container, { customer_ids: [ada.id], changed: "points" })
    ).toEqual([])
  })
}

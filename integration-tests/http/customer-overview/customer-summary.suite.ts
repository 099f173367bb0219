import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"
import { createOverviewWorld, OverviewWorld } from "./fixtures"

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

export function customerSummaryTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string>; user: { id: string } }
  let container: MedusaContainer
  let world: OverviewWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    world = await createOverviewWorld(container, api, admin)
  })

  const summary = async (customerId: string) =>
    (await api.get(`/admin/customers/${customerId}/summary`, admin)).data.summary

  it("sums a customer's orders per currency, with the flags, membership and segments", async () => {
    const { ada } = world.customers
    await createOrder(container, {
      customer_id: ada.id,
      currency_code: "eur",
      items: [{ quantity: 3, unit_price: 10.5 }],
    })
    const data = await summary(ada.id)
    expect(data).toEqual({
      sales: [
        {
          currency_code: "sek",
          total: 1300,
          order_count: 2,
          average_order_value: 650,
          first_order_at: expect.stringMatching(ISO),
          last_order_at: expect.stringMatching(ISO),
        },
        {
          currency_code: "eur",
          total: 31.5,
          order_count: 1,
          average_order_value: 31.5,
          first_order_at: expect.stringMatching(ISO),
          last_order_at: expect.stringMatching(ISO),
        },
      ],
      order_count: 3,
      first_order_at: expect.stringMatching(ISO),
      last_order_at: expect.stringMatching(ISO),
      flags: [],
      loyalty: null,
      segments: [
        { id: world.segment.id, name: "Big spenders", entered_at: expect.stringMatching(ISO) },
      ],
    })
    const [sek, eur] = data.sales
    expect(data.first_order_at).toBe(sek.first_order_at)
    expect(data.last_order_at).toBe(eur.last_order_at)
    expect(new Date(sek.first_order_at).getTime()).toBeLessThanOrEqual(
      new Date(sek.last_order_at).getTime()
    )
  })

  it("is live: an order counts at once, a cancelled one no longer, without waiting for the kept figures", async () => {
    const { bob } = world.customers
    expect((await summary(bob.id)).sales).toEqual([
      expect.objectContaining({ currency_code: "sek", total: 200, order_count: 1 }),
    ])
    const order = await createOrder(container, {
      customer_id: bob.id,
      items: [{ quantity: 1, unit_price: 101 }],
    })
    expect((await summary(bob.id)).sales).toEqual([
      expect.objectContaining({ total: 301, order_count: 2, average_order_value: 150.5 }),
    ])
    await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
    const after = await summary(bob.id)
    expect(after.sales).toEqual([
      expect.objectContaining({ total: 200, order_count: 1, average_order_value: 200 }),
    ])
    expect(after.order_count).toBe(1)
  })

  it("shows the active flags with their display, and the loyalty membership", async () => {
    const { dee, eve } = world.customers
    expect(await summary(dee.id)).toEqual({
      sales: [],
      order_count: 0,
      first_order_at: null,
      last_order_at: null,
      flags: [
        {
          id: world.vip.id,
          name: "VIP",
          abbreviation: "VIP",
          icon: "Star",
          color: "#7C3AED",
          display: "card",
        },
      ],
      loyalty: null,
      segments: [],
    })
    await api.delete(`/admin/customers/${dee.id}/flags/${world.vip.id}`, admin)
    expect((await summary(dee.id)).flags).toEqual([])

    const [member] = await loyaltyOf(container).listLoyaltyAccountMembers(
      { customer_id: eve.id },
      { relations: ["account"] }
    )
    expect((await summary(eve.id)).loyalty).toEqual({
      member_number: member.account.member_number,
      points_available: 500,
      points_pending: 0,
      tier: { id: world.gold.id, name: "Gold" },
    })
  })

  it("answers 404 for a customer that does not exist", async () => {
    await expectError(api.get("/admin/customers/cus_missing/summary", admin), 404, /cus_missing/)
    await expectError(
      api.get(`/admin/customers/${world.customers.ada.id}/summary`),
      401,
      /Unauthorized/
    )
  })
}

import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser } from "../../helpers/auth"
import { deliverOrderPlaced } from "../../helpers/order-facts"
import { createCustomer, createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"
import { createCatalog } from "../segments/fixtures"

const DAY = 24 * 60 * 60 * 1000

/** Resolves to the answer of a request, failed or not (an axios error does not cross jest's workers). */
const settle = <T>(request: Promise<{ status: number; data: T }>) =>
  request.then(
    ({ status, data }) => ({ status, data }),
    (error) => ({ status: error.response?.status ?? 0, data: error.response?.data as T })
  )

/**
 * Issue 14, item 4: a purchase rule renewing a flag staff gave by hand
 * extends the expiry but keeps the manual note, author and source; the
 * history shows both.
 */
export function flagRenewalByRuleTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string>; user: { id: string } }
  let container: MedusaContainer
  let catalog: Awaited<ReturnType<typeof createCatalog>>
  let flag: { id: string }
  let customer: { id: string }

  const placeOrder = async () => {
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 1, unit_price: 50, product_id: catalog.espresso.id }],
    })
    await deliver(order.id)
    return order
  }
  const deliver = (orderId: string) => deliverOrderPlaced(container, orderId)
  const assignByHand = async (body: Record<string, unknown>) =>
    (
      await settle<{ flag_assignment: { id: string } }>(
        api.post(`/admin/customers/${customer.id}/flags`, { flag_id: flag.id, ...body }, admin)
      )
    ).data.flag_assignment
  const activeFlags = async () =>
    (
      await settle<{ flag_assignments: { id: string; expires_at: string; note: string | null }[] }>(
        api.get(`/admin/customers/${customer.id}/flags`, admin)
      )
    ).data.flag_assignments
  const history = () =>
    loyaltyOf(container).listCustomerFlagAssignments(
      { flag_id: flag.id, customer_id: customer.id },
      { order: { assigned_at: "ASC" } }
    )

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    catalog = await createCatalog(container)
    customer = await createCustomer(container, "ada@example.com")
    flag = (
      await settle<{ customer_flag: { id: string } }>(
        api.post(
          "/admin/customer-flags",
          {
            name: "Coffee lover",
            abbreviation: "COF",
            icon: "Sparkles",
            color: "#92400E",
            display: "popup",
            expiry: { type: "days_after_assignment", days: 30 },
          },
          admin
        )
      )
    ).data.customer_flag
    await settle(
      api.post(
        `/admin/customer-flags/${flag.id}/purchase-rules`,
        { collection_ids: [catalog.coffee.id] },
        admin
      )
    )
  })

  it("extends the expiry and keeps the note, author and source", async () => {
    const manual = await assignByHand({
      note: "Sponsor: greet by name",
      expires_at: new Date(Date.now() + 5 * DAY).toISOString(),
    })
    const order = await placeOrder()

    const [active] = await activeFlags()
    expect(active).toEqual(
      expect.objectContaining({
        source: "manual",
        assigned_by: admin.user.id,
        note: "Sponsor: greet by name",
        renewal_source: "purchase_rule",
        renewal_source_id: order.id,
      })
    )
    expect(new Date(active.expires_at).getTime()).toBeGreaterThan(Date.now() + 29 * DAY)

    const rows = await history()
    expect(rows).toEqual([
      expect.objectContaining({ id: manual.id, source: "manual", removal_reason: "renewed" }),
      expect.objectContaining({
        id: active.id,
        source: "manual",
        renewal_source: "purchase_rule",
        renewal_source_id: order.id,
        removed_at: null,
      }),
    ])

    // Staff see both in the customer's data export.
    const exported = (
      await settle<{ flag_assignments: unknown[] }>(
        api.get(`/admin/customers/${customer.id}/loyalty-data-export`, admin)
      )
    ).data.flag_assignments
    expect(exported).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: manual.id,
          removal_reason: "renewed",
          note: "Sponsor: greet by name",
        }),
        expect.objectContaining({
          id: active.id,
          renewal_source: "purchase_rule",
          renewal_source_id: order.id,
        }),
      ])
    )

    // A redelivered `order.placed` changes nothing.
    await deliver(order.id)
    expect((await history()).map((row) => row.id)).toEqual([manual.id, active.id])
  })

  it("never shortens a longer manual expiry, nor ends one without expiry", async () => {
    const far = new Date(Date.now() + 365 * DAY)
    await assignByHand({ note: "Board member", expires_at: far.toISOString() })
    await placeOrder()
    let [active] = await activeFlags()
    expect(new Date(active.expires_at).getTime()).toBe(far.getTime())
    expect(active.note).toBe("Board member")

    await loyaltyOf(container).updateCustomerFlagAssignments({ id: active.id, expires_at: null })
    await placeOrder()
    ;[active] = await activeFlags()
    expect(active.expires_at).toBeNull()
    expect(active).toEqual(
      expect.objectContaining({
        source: "manual",
        note: "Board member",
        assigned_by: admin.user.id,
      })
    )
  })

  it("still gives the rule's own assignment when staff did not assign the flag", async () => {
    const order = await placeOrder()
    const [active] = await activeFlags()
    expect(active).toEqual(
      expect.objectContaining({
        source: "purchase_rule",
        source_id: order.id,
        assigned_by: null,
        note: null,
        renewal_source: null,
      })
    )
  })
}

import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { SubscriberArgs } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OrderFactsRefreshedData } from "../../../src/modules/customer-insights/events"
import applyFlagPurchaseRulesOnOrderFactsRefreshed, {
  config as refreshedConfig,
} from "../../../src/subscribers/order-facts-refreshed-apply-flag-purchase-rules"
import { refreshOrderFactsWorkflow } from "../../../src/workflows/customer-insights/order-facts"
import { createAdminUser } from "../../helpers/auth"
import { deliverOrderPlaced } from "../../helpers/order-facts"
import { expectError } from "../../helpers/expect-error"
import { createCustomer, createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"
import { backdate, createCatalog } from "./fixtures"

export function purchaseRulesTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let container: MedusaContainer
  let catalog: Awaited<ReturnType<typeof createCatalog>>
  let flag: { id: string }

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    catalog = await createCatalog(container)
    flag = (
      await api.post(
        "/admin/customer-flags",
        { name: "Coffee lover", abbreviation: "COF", icon: "Sparkles", color: "#92400E" },
        admin
      )
    ).data.customer_flag
  })

  const setRule = async (body: Record<string, unknown>) =>
    (await api.post(`/admin/customer-flags/${flag.id}/purchase-rules`, body, admin)).data
      .customer_flag
  /** Places an order and delivers `order.placed` as the event bus would (facts, then purchase rules). */
  const placeOrder = async (customerId: string, productId: string, quantity = 1) => {
    const order = await createOrder(container, {
      customer_id: customerId,
      items: [{ quantity, unit_price: 50, product_id: productId }],
    })
    await deliver(order.id)
    return order
  }
  const deliver = (orderId: string) => deliverOrderPlaced(container, orderId)
  const assignments = async (customerId: string) =>
    await loyaltyOf(container).listCustomerFlagAssignments(
      { flag_id: flag.id, customer_id: customerId },
      { order: { assigned_at: "ASC" } }
    )

  it("stores the rule on the flag and replaces it whole", async () => {
    const first = await setRule({
      collection_ids: [catalog.coffee.id],
      min_quantity: 3,
      window: { days: 90 },
    })
    expect(first.purchase_rule).toEqual({
      product_ids: [],
      variant_ids: [],
      collection_ids: [catalog.coffee.id],
      category_ids: [],
      min_quantity: 3,
      min_orders: null,
      window: { days: 90 },
    })
    const second = await setRule({
      category_ids: [catalog.tea.id],
      window: { from: "2026-01-01", to: "2026-12-31" },
    })
    expect(second.purchase_rule).toEqual(
      expect.objectContaining({
        collection_ids: [],
        category_ids: [catalog.tea.id],
        min_quantity: null,
        window: { from: "2026-01-01", to: "2026-12-31" },
      })
    )
    const removed = (await api.delete(`/admin/customer-flags/${flag.id}/purchase-rules`, admin))
      .data
    expect(removed.customer_flag.purchase_rule).toBeNull()
  })

  it("refuses rules without targets, bad counts, bad windows and unknown ids", async () => {
    const post = (body: Record<string, unknown>) =>
      api.post(`/admin/customer-flags/${flag.id}/purchase-rules`, body, admin)
    await expectError(post({ min_quantity: 2 }), 400, /product_ids.*at least one id/)
    await expectError(
      post({ product_ids: [catalog.espresso.id], min_orders: 0 }),
      400,
      /min_orders/
    )
    await expectError(
      post({ product_ids: [catalog.espresso.id], window: { days: -1 } }),
      400,
      /window\.days/
    )
    await expectError(post({ product_ids: ["prod_missing"] }), 404, /prod_missing/)
    await expectError(
      api.post(
        "/admin/customer-flags/cflag_missing/purchase-rules",
        { product_ids: [catalog.espresso.id] },
        admin
      ),
      404,
      /cflag_missing/
    )
  })

  it("flags a customer whose order holds a chosen product, once per order", async () => {
    await setRule({ collection_ids: [catalog.coffee.id] })
    const customer = await createCustomer(container, "ada@example.com")
    const other = await createCustomer(container, "bob@example.com")

    const order = await placeOrder(customer.id, catalog.espresso.id)
    await placeOrder(other.id, catalog.greenTea.id)
    // A redelivered event changes nothing.
    await deliver(order.id)
    await deliver(order.id)

    const given = await assignments(customer.id)
    expect(given).toEqual([
      expect.objectContaining({ source: "purchase_rule", source_id: order.id, removed_at: null }),
    ])
    expect(await assignments(other.id)).toEqual([])
  })

  it("runs on customer_order_facts.refreshed for the orders that began to count only, reading their facts", async () => {
    expect(refreshedConfig.event).toBe("customer_order_facts.refreshed")
    await setRule({ product_ids: [catalog.espresso.id] })
    const customer = await createCustomer(container, "ada@example.com")
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 1, unit_price: 50, product_id: catalog.espresso.id }],
    })
    await refreshOrderFactsWorkflow(container).run({ input: { order_ids: [order.id] } })
    const refreshed = (added_order_ids: string[]) =>
      applyFlagPurchaseRulesOnOrderFactsRefreshed({
        event: {
          name: "customer_order_facts.refreshed",
          data: { order_ids: [order.id], customer_ids: [customer.id], added_order_ids },
        },
        container,
      } as SubscriberArgs<OrderFactsRefreshedData>)
    // An edit of an order that already counted: not a new purchase.
    await refreshed([])
    // The event bus may deliver the real chain meanwhile; only this order can flag.
    await refreshed([order.id])
    await refreshed([order.id])
    expect(await assignments(customer.id)).toEqual([
      expect.objectContaining({ source: "purchase_rule", source_id: order.id, removed_at: null }),
    ])
  })

  it("waits for the quantity and order count within the window, then renews on each purchase", async () => {
    await setRule({
      product_ids: [catalog.espresso.id],
      min_quantity: 3,
      min_orders: 2,
      window: { days: 30 },
    })
    const customer = await createCustomer(container, "ada@example.com")

    // An old order outside the window does not count.
    const old = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 5, unit_price: 50, product_id: catalog.espresso.id }],
    })
    await backdate(container, "order", old.id, 60)
    await placeOrder(customer.id, catalog.espresso.id, 2)
    expect(await assignments(customer.id)).toEqual([])

    // Three items in two orders within 30 days: flagged.
    const second = await placeOrder(customer.id, catalog.espresso.id, 1)
    expect(await assignments(customer.id)).toEqual([
      expect.objectContaining({ source_id: second.id, removed_at: null }),
    ])

    // Buying again renews the flag; the earlier assignment stays as history.
    const third = await placeOrder(customer.id, catalog.espresso.id, 1)
    const history = await assignments(customer.id)
    expect(history).toHaveLength(2)
    expect(history[0]).toEqual(
      expect.objectContaining({ source_id: second.id, removal_reason: "renewed" })
    )
    expect(history[1]).toEqual(expect.objectContaining({ source_id: third.id, removed_at: null }))
  })

  it("refuses counts past 1,000,000, fractions, long windows and out-of-range dates", async () => {
    const post = (body: Record<string, unknown>) =>
      api.post(
        `/admin/customer-flags/${flag.id}/purchase-rules`,
        { product_ids: [catalog.espresso.id], ...body },
        admin
      )
    for (const bad of [1e308, 1_000_001, 1.5, -1, 0, Number.MAX_SAFE_INTEGER, "2"]) {
      await expectError(post({ min_orders: bad }), 400, /min_orders/)
      await expectError(post({ min_quantity: bad }), 400, /min_quantity/)
    }
    await expectError(post({ window: { days: 36_501 } }), 400, /window\.days/)
    await expectError(post({ window: { days: 1e308 } }), 400, /window\.days/)
    await expectError(post({ window: { from: "0000-01-01" } }), 400, /window\.from/)
    await expectError(post({ window: { to: "275760-09-13" } }), 400, /window\.to/)
    const rule = await setRule({
      product_ids: [catalog.espresso.id],
      min_orders: 1_000_000,
      min_quantity: 1_000_000,
      window: { days: 36_500 },
    })
    expect(rule.purchase_rule).toEqual(
      expect.objectContaining({ min_orders: 1_000_000, window: { days: 36_500 } })
    )
  })

  it("still applies the other flags' rules when one saved rule cannot be evaluated, and logs its flag", async () => {
    await setRule({ product_ids: [catalog.espresso.id] })
    const broken = (
      await api.post(
        "/admin/customer-flags",
        { name: "Broken rule", abbreviation: "BRK", icon: "Sparkles", color: "#000000" },
        admin
      )
    ).data.customer_flag
    await api.post(
      `/admin/customer-flags/${broken.id}/purchase-rules`,
      { product_ids: [catalog.espresso.id] },
      admin
    )
    // A rule saved before counts were bounded: past what PostgreSQL's bigint holds.
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `UPDATE customer_flag SET purchase_rule = jsonb_set(purchase_rule, '{min_orders}', '1e308'::jsonb) WHERE id = ?`,
      [broken.id]
    )
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const logged = jest.spyOn(logger, "error")
    try {
      const customer = await createCustomer(container, "ada@example.com")
      const order = await placeOrder(customer.id, catalog.espresso.id)
      expect(await assignments(customer.id)).toEqual([
        expect.objectContaining({ source: "purchase_rule", source_id: order.id, removed_at: null }),
      ])
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(broken.id))
      expect(logged).not.toHaveBeenCalledWith(expect.stringContaining(flag.id))
    } finally {
      logged.mockRestore()
    }
  })
}

import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ExecArgs, MedusaContainer, OrderWorkflow } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginClaimOrderWorkflow,
  beginExchangeOrderWorkflow,
  beginOrderEditOrderWorkflow,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  confirmClaimRequestWorkflow,
  confirmExchangeRequestWorkflow,
  confirmOrderEditRequestWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createOrderPaymentCollectionWorkflow,
  markPaymentCollectionAsPaid,
  orderClaimAddNewItemWorkflow,
  orderClaimItemWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
  requestOrderEditRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import rebuildOrderFactsJob from "../../../src/jobs/rebuild-order-facts"
import rebuildOrderFacts from "../../../src/migration-scripts/rebuild-order-facts"
import {
  rebuildOrderFactsWorkflow,
  refreshOrderFactsWorkflow,
} from "../../../src/workflows/customer-insights"
import { eventually } from "../../helpers/eventually"
import { expectOrderFactsInAgreement } from "../../helpers/order-facts"
import { createCustomer, createOrder } from "../loyalty-ledger/fixtures"
import { createCatalog } from "../segments/fixtures"
import { insightsOf, useStoreCurrencies } from "./fixtures"

export function orderFactsTests(options: MedusaSuiteOptions) {
  const { getContainer } = options
  let container: MedusaContainer
  let catalog: Awaited<ReturnType<typeof createCatalog>>

  sharedFixtures(options, async () => {
    container = getContainer()
    await useStoreCurrencies(container)
    catalog = await createCatalog(container)
  })

  /** Runs `action`, which makes Medusa emit `name`, and waits for the event's subscribers. */
  const emitted = async (name: string, action: () => Promise<unknown>) => {
    const done = TestEventUtils.waitSubscribersExecution(name, container.resolve(Modules.EVENT_BUS))
    await action()
    await done
  }
  /** Emits an event through the bus (as Medusa would) and waits for its subscribers. */
  const deliver = (name: string, data: Record<string, unknown>) =>
    emitted(name, () => container.resolve(Modules.EVENT_BUS).emit({ name, data }))

  const factOf = async (orderId: string) => {
    const [order] = await insightsOf(container).listCustomerOrderFacts({ order_id: orderId })
    const lines = await insightsOf(container).listCustomerOrderLineFacts({ order_id: orderId })
    return order
      ? {
          total: Number(order.total),
          item_count: Number(order.item_count),
          lines: lines.map((l) => [l.product_id, Number(l.quantity)]).sort(),
        }
      : null
  }
  const salesOf = async (customerId: string) =>
    Object.fromEntries(
      (await insightsOf(container).listCustomerSalesStats({ customer_id: customerId })).map((s) => [
        s.currency_code,
        [Number(s.sales_total), s.order_count],
      ])
    )

  /** A placed order of 2 Espresso at 100 and 1 Green tea at 50 (no tax, no shipping), its event delivered. */
  const placeOrder = async (email: string) => {
    const customer = await createCustomer(container, email)
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [
        {
          quantity: 2,
          unit_price: 100,
          product_id: catalog.espresso.id,
          variant_id: catalog.espresso.variant_id,
        },
        {
          quantity: 1,
          unit_price: 50,
          product_id: catalog.greenTea.id,
          variant_id: catalog.greenTea.variant_id,
        },
        { quantity: 1, unit_price: 5, title: "Gift wrap" },
      ],
    })
    await deliver("order.placed", { id: order.id })
    const itemOf = (productId?: string) =>
      order.items!.find((i) => i.product_id === (productId ?? null))!
    return {
      customer,
      order,
      espresso: itemOf(catalog.espresso.id),
      tea: itemOf(catalog.greenTea.id),
    }
  }

  /** Marks items fulfilled in the order module, as a fulfillment would: returns and claims need it. */
  const fulfil = async (orderId: string, items: { id: string; quantity: number }[]) =>
    container.resolve(Modules.ORDER).registerFulfillment({ order_id: orderId, items })

  it("writes an order placed, and a redelivery writes nothing", async () => {
    const { customer, order } = await placeOrder("placed@example.com")
    expect(await factOf(order.id)).toEqual({
      total: 255,
      item_count: 4,
      lines: [
        [catalog.espresso.id, 2],
        [catalog.greenTea.id, 1],
      ].sort(),
    })
    expect(await salesOf(customer.id)).toEqual({ sek: [255, 1] })
    await expectOrderFactsInAgreement(container)

    const { result } = await refreshOrderFactsWorkflow(container).run({
      input: { order_ids: [order.id] },
    })
    expect(result.facts.orders).toEqual({ rows: 1, written: 0, removed: 0 })
    expect(result.facts.lines).toEqual({ rows: 2, written: 0, removed: 0 })
    await deliver("order.placed", { id: order.id })
    await expectOrderFactsInAgreement(container)
    expect(await salesOf(customer.id)).toEqual({ sek: [255, 1] })
  })

  it("announces changed facts once (customer_order_facts.refreshed), with the orders that began to count", async () => {
    const seen: unknown[] = []
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const record = async (event: { data: unknown }) => {
      seen.push(event.data)
    }
    const subscriber = { subscriberId: "order-facts-suite-recorder" }
    eventBus.subscribe("customer_order_facts.refreshed", record, subscriber)
    try {
      const { customer, order } = await placeOrder("announced@example.com")
      await eventually(async () =>
        expect(seen).toEqual([
          { order_ids: [order.id], customer_ids: [customer.id], added_order_ids: [order.id] },
        ])
      )
      // A redelivery changes no fact: nothing is announced.
      await deliver("order.placed", { id: order.id })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(seen).toHaveLength(1)
      await emitted("order.canceled", () =>
        cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
      )
      await eventually(async () => expect(seen).toHaveLength(2))
      expect(seen[1]).toEqual({
        order_ids: [order.id],
        customer_ids: [customer.id],
        added_order_ids: [],
      })
    } finally {
      eventBus.unsubscribe("customer_order_facts.refreshed", record, subscriber)
    }
  })

  it("removes a canceled order, and a late order.placed does not bring it back", async () => {
    const { customer, order } = await placeOrder("canceled@example.com")
    await emitted("order.canceled", () =>
      cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
    )
    expect(await factOf(order.id)).toBeNull()
    expect(await salesOf(customer.id)).toEqual({})
    await deliver("order.placed", { id: order.id })
    expect(await factOf(order.id)).toBeNull()
    await expectOrderFactsInAgreement(container)
  })

  it("follows an order edit confirmed", async () => {
    const { customer, order, espresso } = await placeOrder("edited@example.com")
    await beginOrderEditOrderWorkflow(container).run({ input: { order_id: order.id } })
    await orderEditUpdateItemQuantityWorkflow(container).run({
      input: { order_id: order.id, items: [{ id: espresso.id, quantity: 5 }] },
    })
    await requestOrderEditRequestWorkflow(container).run({ input: { order_id: order.id } })
    await emitted("order-edit.confirmed", () =>
      confirmOrderEditRequestWorkflow(container).run({ input: { order_id: order.id } })
    )
    expect(await factOf(order.id)).toEqual(expect.objectContaining({ total: 555, item_count: 7 }))
    expect(await salesOf(customer.id)).toEqual({ sek: [555, 1] })
    await expectOrderFactsInAgreement(container)
  })

  it("follows a return requested and received", async () => {
    const { customer, order, espresso } = await placeOrder("returned@example.com")
    await fulfil(order.id, [{ id: espresso.id, quantity: 2 }])
    const { result: change } = await beginReturnOrderWorkflow(container).run({
      input: { order_id: order.id },
    })
    const returnId = change.return_id
    await requestItemReturnWorkflow(container).run({
      input: { return_id: returnId, items: [{ id: espresso.id, quantity: 1 }] },
    })
    await emitted("order.return_requested", () =>
      confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
    )
    await expectOrderFactsInAgreement(container)
    expect(await salesOf(customer.id)).toEqual({ sek: [(await factOf(order.id))!.total, 1] })

    await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
    await receiveItemReturnRequestWorkflow(container).run({
      input: { return_id: returnId, items: [{ id: espresso.id, quantity: 1 }] },
    })
    await emitted("order.return_received", () =>
      confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
    )
    await expectOrderFactsInAgreement(container)
    // The returned item no longer counts; its line keeps its quantity.
    expect(await factOf(order.id)).toEqual(expect.objectContaining({ total: 155, item_count: 4 }))
    expect(await salesOf(customer.id)).toEqual({ sek: [155, 1] })
  })

  it("follows an exchange and a claim", async () => {
    const { order, espresso, tea } = await placeOrder("exchanged@example.com")
    await fulfil(order.id, [
      { id: espresso.id, quantity: 2 },
      { id: tea.id, quantity: 1 },
    ])
    await beginExchangeOrderWorkflow(container).run({ input: { order_id: order.id } })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [exchange],
    } = await query.graph({
      entity: "order_exchange",
      fields: ["id"],
      filters: { order_id: order.id },
    })
    await orderExchangeRequestItemReturnWorkflow(container).run({
      // The workflow reads the return from the exchange; its input type still asks for one.
      input: {
        exchange_id: exchange.id,
        items: [{ id: espresso.id, quantity: 1 }],
      } as OrderWorkflow.OrderExchangeRequestItemReturnWorkflowInput,
    })
    await orderExchangeAddNewItemWorkflow(container).run({
      input: {
        exchange_id: exchange.id,
        items: [{ variant_id: catalog.greenTea.variant_id, quantity: 2, unit_price: 40 }],
      },
    })
    await emitted("order.exchange_created", () =>
      confirmExchangeRequestWorkflow(container).run({ input: { exchange_id: exchange.id } })
    )
    // A new line of 2 Green tea; the espresso sent back keeps its line.
    expect(await factOf(order.id)).toEqual(expect.objectContaining({ item_count: 6 }))
    await expectOrderFactsInAgreement(container)

    await beginClaimOrderWorkflow(container).run({ input: { order_id: order.id, type: "replace" } })
    const {
      data: [claim],
    } = await query.graph({
      entity: "order_claim",
      fields: ["id"],
      filters: { order_id: order.id },
    })
    await orderClaimItemWorkflow(container).run({
      input: {
        claim_id: claim.id,
        items: [{ id: tea.id, quantity: 1, reason: "production_failure" }],
      },
    })
    await orderClaimAddNewItemWorkflow(container).run({
      input: {
        claim_id: claim.id,
        items: [{ variant_id: catalog.espresso.variant_id, quantity: 1, unit_price: 30 }],
      },
    })
    const before = await factOf(order.id)
    await emitted("order.claim_created", () =>
      confirmClaimRequestWorkflow(container).run({ input: { claim_id: claim.id } })
    )
    // The replacement is a new line of the order.
    expect((await factOf(order.id))!.lines).toHaveLength(before!.lines.length + 1)
    await expectOrderFactsInAgreement(container)
  })

  it("follows a refund, which lowers the current total by a credit line", async () => {
    const { customer, order } = await placeOrder("refunded@example.com")
    const { result: collections } = await createOrderPaymentCollectionWorkflow(container).run({
      input: { order_id: order.id, amount: 255 },
    })
    const { result: payment } = await markPaymentCollectionAsPaid(container).run({
      input: { order_id: order.id, payment_collection_id: collections[0].id },
    })
    await emitted("payment.refunded", () =>
      refundPaymentWorkflow(container).run({ input: { payment_id: payment!.id, amount: 55 } })
    )
    // Nothing was owed back, so Medusa records the refund as a credit line.
    expect(await factOf(order.id)).toEqual(expect.objectContaining({ total: 200 }))
    expect(await salesOf(customer.id)).toEqual({ sek: [200, 1] })
    await expectOrderFactsInAgreement(container)
  })

  it("puts the facts back when a later step fails", async () => {
    const { customer, order } = await placeOrder("rollback@example.com")
    const before = await factOf(order.id)
    await container.resolve(Modules.ORDER).cancel(order.id)
    const failing = createStep("order-facts-test-fail-after-refresh", async () => {
      throw new Error("Something after the refresh failed")
    })
    const workflow = createWorkflow(
      "order-facts-test-refresh-then-fail",
      (input: { order_ids: string[] }) => {
        const refreshed = refreshOrderFactsWorkflow.runAsStep({ input })
        failing()
        return new WorkflowResponse(refreshed)
      }
    )
    const { errors } = await workflow(container).run({
      input: { order_ids: [order.id] },
      throwOnError: false,
    })
    expect(errors[0]?.error?.message).toMatch(/Something after the refresh failed/)
    expect(await factOf(order.id)).toEqual(before)
    expect(await salesOf(customer.id)).toEqual({ sek: [255, 1] })

    await refreshOrderFactsWorkflow(container).run({ input: { order_ids: [order.id] } })
    expect(await factOf(order.id)).toBeNull()
    await expectOrderFactsInAgreement(container)
  })

  it("survives refreshes of the same order at once", async () => {
    const { customer, order } = await placeOrder("racing@example.com")
    await insightsOf(container).deleteCustomerOrderFacts(order.id)
    await Promise.all(
      Array.from({ length: 6 }, () =>
        refreshOrderFactsWorkflow(container).run({ input: { order_ids: [order.id] } })
      )
    )
    await expectOrderFactsInAgreement(container)
    expect(await salesOf(customer.id)).toEqual({ sek: [255, 1] })
  })

  it("forgets a deleted customer's facts", async () => {
    const { customer } = await placeOrder("forgotten@example.com")
    await emitted("customer.deleted", () =>
      container
        .resolve(Modules.CUSTOMER)
        .deleteCustomers(customer.id)
        .then(() =>
          container
            .resolve(Modules.EVENT_BUS)
            .emit({ name: "customer.deleted", data: { id: customer.id } })
        )
    )
    expect(
      await insightsOf(container).listCustomerOrderFacts({ customer_id: customer.id })
    ).toEqual([])
    expect(
      await insightsOf(container).listCustomerOrderLineFacts({ customer_id: customer.id })
    ).toEqual([])
    await expectOrderFactsInAgreement(container)
  })

  it("rebuilds the facts of orders placed before the plugin: migration script, job and batches", async () => {
    const ann = await createCustomer(container, "ann@example.com")
    const ben = await createCustomer(container, "ben@example.com")
    // Orders without their events, as in a store that installs the plugin.
    const orders: { id: string }[] = []
    for (let i = 0; i < 5; i++) {
      orders.push(
        await createOrder(container, {
          customer_id: i % 2 ? ben.id : ann.id,
          currency_code: i === 4 ? "eur" : "sek",
          items: [
            {
              quantity: i + 1,
              unit_price: 10,
              product_id: catalog.espresso.id,
              variant_id: catalog.espresso.variant_id,
            },
            { quantity: 1, unit_price: 2.5, title: "Sample" },
          ],
        })
      )
    }
    await container.resolve(Modules.ORDER).cancel(orders[3].id)
    // A fact no order backs any more, and one that is wrong.
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await insightsOf(container).createCustomerOrderFacts([
      {
        order_id: "order_gone",
        customer_id: ann.id,
        placed_at: new Date(),
        currency_code: "sek",
        total: 1,
        item_count: 1,
      },
      {
        order_id: orders[0].id,
        customer_id: ann.id,
        placed_at: new Date(),
        currency_code: "sek",
        total: 999,
        item_count: 9,
      },
    ])

    // Medusa runs migration scripts with `{ container }` alone, as here.
    await rebuildOrderFacts({ container } as ExecArgs)
    await expectOrderFactsInAgreement(container)
    expect(await salesOf(ann.id)).toEqual({ sek: [45, 2], eur: [52.5, 1] })
    expect(await salesOf(ben.id)).toEqual({ sek: [22.5, 1] })

    // Again, in batches of two orders: nothing to write.
    const { result } = await rebuildOrderFactsWorkflow(container).run({ input: { batch_size: 2 } })
    expect(result.facts.batches).toBe(3)
    expect(result.facts.orders).toEqual({ rows: 4, written: 0, removed: 0 })
    expect(result.facts.lines).toEqual({ rows: 4, written: 0, removed: 0 })

    // The nightly job follows changes no event reported.
    await pg.raw(`UPDATE "order" SET customer_id = ? WHERE id = ?`, [ben.id, orders[0].id])
    await rebuildOrderFactsJob(container)
    await expectOrderFactsInAgreement(container)
    expect(await salesOf(ann.id)).toEqual({ sek: [32.5, 1], eur: [52.5, 1] })
    expect(await salesOf(ben.id)).toEqual({ sek: [35, 2] })
  })
}

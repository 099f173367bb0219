import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import rebuildOrderFactsJob from "../../../src/jobs/rebuild-order-facts"
import rebuildOrderFacts from "../../../src/migration-scripts/rebuild-order-facts"
import {
  rebuildOrderFactsWorkflow,
  refreshOrderFactsWorkflow,
} from "../../../src/workflows/customer-insights/order-facts"
import { refreshCustomerSalesStatsWorkflow } from "../../../src/workflows/customer-insights/sales-stats"
import { createAdminUser } from "../../helpers/auth"
import { expectOrderFactsInAgreement } from "../../helpers/order-facts"
import { createCustomer, createOrder } from "../loyalty-ledger/fixtures"
import { insightsOf, useStoreCurrencies } from "./fixtures"

type Figures = Record<
  string,
  {
    sales_total: number
    order_count: number
    first_order_at: Date | null
    last_order_at: Date | null
  }
>

export function salesStatsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let container: MedusaContainer

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    await useStoreCurrencies(container)
  })

  /** The kept figures of a customer, by currency. */
  const figures = async (customerId: string): Promise<Figures> => {
    const rows = await insightsOf(container).listCustomerSalesStats({ customer_id: customerId })
    return Object.fromEntries(
      rows.map((row) => [
        row.currency_code,
        {
          sales_total: Number(row.sales_total),
          order_count: row.order_count,
          first_order_at: row.first_order_at ? new Date(row.first_order_at) : null,
          last_order_at: row.last_order_at ? new Date(row.last_order_at) : null,
        },
      ])
    )
  }
  const totals = async (customerId: string) =>
    Object.fromEntries(
      Object.entries(await figures(customerId)).map(([code, f]) => [
        code,
        [f.sales_total, f.order_count],
      ])
    )

  /** Emits an event through the bus and waits for its subscribers. */
  const deliver = async (name: string, data: Record<string, unknown>) => {
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const done = TestEventUtils.waitSubscribersExecution(name, eventBus)
    await eventBus.emit({ name, data })
    await done
  }

  /** Cancels through Medusa's workflow, which emits order.canceled, and waits for its subscribers. */
  const cancel = async (orderId: string) => {
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const canceled = TestEventUtils.waitSubscribersExecution("order.canceled", eventBus)
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    await canceled
  }

  it("follows an order placed and cancelled, per currency", async () => {
    const ada = await createCustomer(container, "ada@example.com")
    const first = await createOrder(container, {
      customer_id: ada.id,
      items: [{ quantity: 2, unit_price: 150 }],
    })
    await deliver("order.placed", { id: first.id })
    expect(await totals(ada.id)).toEqual({ sek: [300, 1] })

    const second = await createOrder(container, {
      customer_id: ada.id,
      items: [{ quantity: 1, unit_price: 99.5 }],
    })
    await deliver("order.placed", { id: second.id })
    const euro = await createOrder(container, {
      customer_id: ada.id,
      currency_code: "eur",
      items: [{ quantity: 1, unit_price: 20 }],
    })
    await deliver("order.placed", { id: euro.id })
    const kept = await figures(ada.id)
    expect(kept.sek).toEqual(expect.objectContaining({ sales_total: 399.5, order_count: 2 }))
    expect(kept.sek.first_order_at!.getTime()).toBe(new Date(first.created_at).getTime())
    expect(kept.sek.last_order_at!.getTime()).toBe(new Date(second.created_at).getTime())
    expect(kept.eur).toEqual(expect.objectContaining({ sales_total: 20, order_count: 1 }))

    // The overview shows the kept figures.
    const { data } = await api.get("/admin/customer-overview?q=ada@example.com", admin)
    expect(data.customers[0]).toEqual(
      expect.objectContaining({ sales_total: 399.5, order_count: 2, currency_code: "sek" })
    )

    await cancel(second.id)
    expect(await totals(ada.id)).toEqual({ sek: [300, 1], eur: [20, 1] })

    await cancel(euro.id)
    // No counted order left in EUR: no figures in EUR (the overview shows 0).
    expect(await totals(ada.id)).toEqual({ sek: [300, 1] })
    await expectOrderFactsInAgreement(container)
  })

  it("follows the events that name the order as order_id, and ignores a redelivery", async () => {
    const bo = await createCustomer(container, "bo@example.com")
    const order = await createOrder(container, {
      customer_id: bo.id,
      items: [{ quantity: 1, unit_price: 500 }],
    })
    for (const name of ["order-edit.confirmed", "order.return_received"]) {
      await deliver(name, { order_id: order.id, return_id: "return_1" })
    }
    expect(await totals(bo.id)).toEqual({ sek: [500, 1] })
    // An order edited down (its summary of the current version): the next event reads the new total.
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `UPDATE order_summary
          SET totals = jsonb_set(jsonb_set(totals, '{current_order_total}', '350'::jsonb),
                                 '{raw_current_order_total}', '{"value": "350", "precision": 20}'::jsonb)
        WHERE order_id = ?`,
      [order.id]
    )
    await deliver("order.updated", { id: order.id })
    await deliver("order.updated", { id: order.id })
    expect(await totals(bo.id)).toEqual({ sek: [350, 1] })
    // An event for an order without a customer, or none at all, changes nothing.
    await deliver("order.updated", { id: "order_missing" })
    expect(await totals(bo.id)).toEqual({ sek: [350, 1] })
    await expectOrderFactsInAgreement(container)
  })

  it("puts the old figures back when a later step fails", async () => {
    const cy = await createCustomer(container, "cy@example.com")
    const kept = await createOrder(container, {
      customer_id: cy.id,
      items: [{ quantity: 1, unit_price: 100 }],
    })
    await refreshOrderFactsWorkflow(container).run({ input: { order_ids: [kept.id] } })
    const before = await figures(cy.id)
    expect(before.sek).toEqual(expect.objectContaining({ sales_total: 100, order_count: 1 }))

    const euro = await createOrder(container, {
      customer_id: cy.id,
      currency_code: "eur",
      items: [{ quantity: 3, unit_price: 7.25 }],
    })
    const big = await createOrder(container, {
      customer_id: cy.id,
      items: [{ quantity: 1, unit_price: 900 }],
    })
    const failingStep = createStep("overview-test-fail-after-refresh", async () => {
      throw new Error("Something after the refresh failed")
    })
    const workflow = createWorkflow(
      "overview-test-refresh-then-fail",
      (input: { order_ids: string[] }) => {
        const refreshed = refreshOrderFactsWorkflow.runAsStep({ input })
        failingStep()
        return new WorkflowResponse(refreshed)
      }
    )
    const { errors } = await workflow(container).run({
      input: { order_ids: [euro.id, big.id] },
      throwOnError: false,
    })
    expect(errors[0]?.error?.message).toMatch(/Something after the refresh failed/)
    expect(await figures(cy.id)).toEqual(before)

    // Run alone, the same refresh keeps the new figures.
    const { result } = await refreshOrderFactsWorkflow(container).run({
      input: { order_ids: [euro.id, big.id] },
    })
    expect(result.sales_stats).toEqual({ customers: 1, rows: 2 })
    expect(await totals(cy.id)).toEqual({ sek: [1000, 2], eur: [21.75, 1] })
  })

  it("survives refreshes of the same customer at once", async () => {
    const dee = await createCustomer(container, "dee@example.com")
    await createOrder(container, { customer_id: dee.id, items: [{ quantity: 1, unit_price: 10 }] })
    await createOrder(container, {
      customer_id: dee.id,
      currency_code: "eur",
      items: [{ quantity: 1, unit_price: 5 }],
    })
    await rebuildOrderFactsWorkflow(container).run()
    const runs = await Promise.all(
      Array.from({ length: 6 }, () =>
        refreshCustomerSalesStatsWorkflow(container).run({ input: { customer_ids: [dee.id] } })
      )
    )
    expect(runs.every(({ result }) => result.rows === 2)).toBe(true)
    expect(await totals(dee.id)).toEqual({ sek: [10, 1], eur: [5, 1] })
  })

  it("rebuilds everyone from the order facts: workflow, nightly job and migration script", async () => {
    const [eve, fay] = [
      await createCustomer(container, "eve@example.com"),
      await createCustomer(container, "fay@example.com"),
    ]
    const canceled = await createOrder(container, {
      customer_id: eve.id,
      items: [{ quantity: 4, unit_price: 25 }],
    })
    await createOrder(container, {
      customer_id: fay.id,
      currency_code: "eur",
      items: [{ quantity: 1, unit_price: 12 }],
    })
    await cancel(canceled.id)
    await createOrder(container, { customer_id: eve.id, items: [{ quantity: 1, unit_price: 40 }] })
    // Figures that are wrong and figures of nobody's orders: the rebuild replaces them all.
    await insightsOf(container).createCustomerSalesStats([
      { customer_id: eve.id, currency_code: "sek", sales_total: 9999, order_count: 99 },
      { customer_id: "cus_gone", currency_code: "sek", sales_total: 1, order_count: 1 },
    ])
    const { result } = await rebuildOrderFactsWorkflow(container).run()
    expect(result.sales_stats.rows).toBe(2)
    expect(await totals(eve.id)).toEqual({ sek: [40, 1] })
    expect(await totals(fay.id)).toEqual({ eur: [12, 1] })
    expect(await totals("cus_gone")).toEqual({})

    await insightsOf(container).createCustomerSalesStats([
      { customer_id: "cus_gone", currency_code: "sek", sales_total: 1, order_count: 1 },
    ])
    await rebuildOrderFactsJob(container)
    expect(await totals("cus_gone")).toEqual({})
    await insightsOf(container).createCustomerSalesStats([
      { customer_id: "cus_gone", currency_code: "sek", sales_total: 1, order_count: 1 },
    ])
    // Medusa runs migration scripts with `{ container }` alone, as here.
    await rebuildOrderFacts({ container } as ExecArgs)
    expect(await totals("cus_gone")).toEqual({})
    expect(await totals(eve.id)).toEqual({ sek: [40, 1] })
    await expectOrderFactsInAgreement(container)
  })
}

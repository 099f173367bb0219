import { SubscriberArgs } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_INSIGHTS_MODULE } from "../../src/modules/customer-insights"
import type CustomerInsightsModuleService from "../../src/modules/customer-insights/service"
import {
  OrderFactEvents,
  OrderFactsRefreshedData,
} from "../../src/modules/customer-insights/events"
import applyFlagPurchaseRulesOnOrderFactsRefreshed from "../../src/subscribers/order-facts-refreshed-apply-flag-purchase-rules"
import {
  rebuildOrderFactsWorkflow,
  refreshOrderFactsWorkflow,
} from "../../src/workflows/customer-insights/order-facts"

/** The fields of an order `expectedFacts` asks the order module for. */
type OrderRow = {
  id: string
  customer_id: string | null
  created_at: string | Date
  currency_code: string
  status: string
  is_draft_order: boolean
  canceled_at: string | Date | null
  summary: { current_order_total?: number | string } | null
  items:
    | ({
        id: string
        product_id: string | null
        variant_id: string | null
        detail: { quantity: number | string }
      } | null)[]
    | null
}

/** An order's fact as the tests compare it: numbers as numbers, lines sorted by item. */
type ComparableFact = {
  order_id: string
  customer_id: string
  placed_at: number
  currency_code: string
  total: number
  item_count: number
  lines: {
    item_id: string
    product_id: string | null
    variant_id: string | null
    quantity: number
  }[]
}

const byItem = (a: { item_id: string }, b: { item_id: string }) =>
  a.item_id.localeCompare(b.item_id)
const byOrder = (a: { order_id: string }, b: { order_id: string }) =>
  a.order_id.localeCompare(b.order_id)

/**
 * What the order module says each order counts for, written apart from the
 * plugin's own code on purpose: every order that is placed (not a draft),
 * not canceled, of a customer the store still has; its current total (the
 * summary of its current version), its items' quantities added up, and its
 * lines that name a product or variant.
 */
async function expectedFacts(container: MedusaContainer): Promise<ComparableFact[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "created_at",
      "currency_code",
      "status",
      "is_draft_order",
      "canceled_at",
      "summary",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.detail.quantity",
    ],
  })
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"] })
  const customerIds = new Set((customers as { id: string }[]).map((c) => c.id))
  return (orders as OrderRow[])
    .filter(
      (o): o is OrderRow & { customer_id: string } =>
        !!o.customer_id &&
        customerIds.has(o.customer_id) &&
        !o.is_draft_order &&
        !o.canceled_at &&
        !["draft", "canceled"].includes(o.status)
    )
    .map((o) => {
      const items = (o.items ?? []).filter((item): item is NonNullable<typeof item> =>
        Boolean(item)
      )
      return {
        order_id: o.id,
        customer_id: o.customer_id,
        placed_at: new Date(o.created_at).getTime(),
        currency_code: o.currency_code,
        total: Number(o.summary?.current_order_total ?? 0),
        item_count: items.reduce((sum, item) => sum + Number(item.detail.quantity), 0),
        lines: items
          .filter((item) => item.product_id || item.variant_id)
          .map((item) => ({
            item_id: item.id,
            product_id: item.product_id ?? null,
            variant_id: item.variant_id ?? null,
            quantity: Number(item.detail.quantity),
          }))
          .sort(byItem),
      }
    })
    .sort(byOrder)
}

/** The facts the plugin keeps, in the same shape. */
async function keptFacts(container: MedusaContainer): Promise<ComparableFact[]> {
  const insights = container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)
  const [orders, lines] = await Promise.all([
    insights.listCustomerOrderFacts({}),
    insights.listCustomerOrderLineFacts({}),
  ])
  return orders
    .map((o) => ({
      order_id: o.order_id,
      customer_id: o.customer_id,
      placed_at: new Date(o.placed_at).getTime(),
      currency_code: o.currency_code,
      total: Number(o.total),
      item_count: Number(o.item_count),
      lines: lines
        .filter((l) => l.order_id === o.order_id)
        .map((l) => ({
          item_id: l.item_id,
          product_id: l.product_id,
          variant_id: l.variant_id,
          quantity: Number(l.quantity),
        }))
        .sort(byItem),
    }))
    .sort(byOrder)
}

/**
 * The order facts must equal what the order module says, for every order:
 * none missing, none extra, each with the same customer, date, currency,
 * total, item count and lines; and no line without its order. Call it after
 * an order scenario whose events were delivered (or after a rebuild).
 */
export async function expectOrderFactsInAgreement(container: MedusaContainer) {
  const [expected, kept] = await Promise.all([expectedFacts(container), keptFacts(container)])
  expect(kept).toEqual(expected)
  const insights = container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)
  const orphans = (await insights.listCustomerOrderLineFacts({})).filter(
    (line) => !kept.some((o) => o.order_id === line.order_id)
  )
  expect(orphans).toEqual([])
}

/**
 * Makes the order facts what the orders say, as the migration script does.
 * Call it after writing orders by raw SQL (backdating, canceling, deleting):
 * no order event reports those, and segments read the facts.
 */
export async function rebuildOrderFacts(container: MedusaContainer) {
  await rebuildOrderFactsWorkflow(container).run()
}

/**
 * What the event chain does for a placed order, in order and awaited:
 * its facts written (the `order.placed` subscriber), then the reactions to
 * `customer_order_facts.refreshed` for it as an order that began to count
 * (flag purchase rules). Idempotent like the subscribers it stands for.
 */
export async function deliverOrderPlaced(container: MedusaContainer, orderId: string) {
  const { result } = await refreshOrderFactsWorkflow(container).run({
    input: { order_ids: [orderId] },
  })
  await applyFlagPurchaseRulesOnOrderFactsRefreshed({
    event: {
      name: OrderFactEvents.REFRESHED,
      data: {
        order_ids: [orderId],
        customer_ids: result.facts.customer_ids,
        added_order_ids: [orderId],
      },
    },
    container,
  } as SubscriberArgs<OrderFactsRefreshedData>)
}

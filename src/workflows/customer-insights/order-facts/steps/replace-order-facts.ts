import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFactsReplaced } from "../../../../modules/customer-insights/service"
import {
  OrderFactRow,
  OrderFacts,
  orderFactRowsQuery,
  OrderLineFactRow,
  orderLineFactRowsQuery,
} from "../../../../order-facts"
import { insightsService } from "./insights-service"

export type ReplaceOrderFactsResult = OrderFactsReplaced & {
  /** Customers of the orders' facts: those of the old rows and of the new. */
  customer_ids: string[]
  /** Orders that had no fact before and have one now (they began to count). */
  added_order_ids: string[]
}
type Saved = { order_ids: string[]; previous: OrderFacts }

export const replaceOrderFactsStepId = "replace-order-facts"

const iso = (date: Date | string) => new Date(date).toISOString()
const decimal = (value: unknown, raw: Record<string, unknown> | null | undefined) =>
  String(raw?.value ?? value)

/**
 * Makes the facts of the orders the ones given (those of orders that no
 * longer count are removed). The compensation puts back the facts the
 * orders had before.
 */
export const replaceOrderFactsStep = createStep(
  replaceOrderFactsStepId,
  async (input: { order_ids: string[]; facts: OrderFacts }, { container }) => {
    const service = insightsService(container)
    const filter = { order_id: input.order_ids }
    const [orders, lines] = input.order_ids.length
      ? await Promise.all([
          service.listCustomerOrderFacts(filter),
          service.listCustomerOrderLineFacts(filter),
        ])
      : [[], []]
    const previous: OrderFacts = {
      orders: orders.map((row): OrderFactRow => ({
        order_id: row.order_id,
        customer_id: row.customer_id,
        placed_at: iso(row.placed_at),
        currency_code: row.currency_code,
        // The raw value is the exact decimal; the number may have been rounded.
        total: decimal(row.total, row.raw_total),
        item_count: decimal(row.item_count, row.raw_item_count),
      })),
      lines: lines.map((row): OrderLineFactRow => ({
        item_id: row.item_id,
        order_id: row.order_id,
        customer_id: row.customer_id,
        placed_at: iso(row.placed_at),
        product_id: row.product_id,
        variant_id: row.variant_id,
        quantity: decimal(row.quantity, row.raw_quantity),
      })),
    }
    const replaced = await service.replaceOrderFacts({
      scope: { order_ids: input.order_ids },
      orders: orderFactRowsQuery(input.facts.orders),
      lines: orderLineFactRowsQuery(input.facts.lines),
    })
    const customerIds = new Set(
      [...previous.orders, ...input.facts.orders].map((row) => row.customer_id)
    )
    const counted = new Set(previous.orders.map((row) => row.order_id))
    const added = input.facts.orders.map((row) => row.order_id).filter((id) => !counted.has(id))
    return new StepResponse<ReplaceOrderFactsResult, Saved>(
      { ...replaced, customer_ids: [...customerIds].sort(), added_order_ids: added.sort() },
      { order_ids: input.order_ids, previous }
    )
  },
  async (saved, { container }) => {
    if (!saved?.order_ids.length) {
      return
    }
    await insightsService(container).replaceOrderFacts({
      scope: { order_ids: saved.order_ids },
      orders: orderFactRowsQuery(saved.previous.orders),
      lines: orderLineFactRowsQuery(saved.previous.lines),
    })
  }
)

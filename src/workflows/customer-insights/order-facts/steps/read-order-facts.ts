import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FactOrder, factsOfOrders, ORDER_FACT_FIELDS, OrderFacts } from "../../../../order-facts"

export const readOrderFactsStepId = "read-order-facts"

/**
 * The orders' facts as the order module says them now, whatever the event
 * that named them: an order that no longer counts (canceled, deleted, its
 * customer deleted) has none. Two reads through `query.graph`, the orders
 * and their customers, for all the orders at once.
 */
export const readOrderFactsStep = createStep(
  readOrderFactsStepId,
  async (input: { order_ids: string[] }, { container }) => {
    if (!input.order_ids.length) {
      return new StepResponse<OrderFacts>({ orders: [], lines: [] })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders }: { data: FactOrder[] } = await query.graph({
      entity: "order",
      fields: ORDER_FACT_FIELDS,
      filters: { id: input.order_ids },
    })
    const customerIds = [
      ...new Set(orders.map((order) => order.customer_id).filter((id): id is string => !!id)),
    ]
    const { data: customers }: { data: { id: string }[] } = customerIds.length
      ? await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerIds } })
      : { data: [] as { id: string }[] }
    return new StepResponse(factsOfOrders(orders, new Set(customers.map((c) => c.id))))
  }
)

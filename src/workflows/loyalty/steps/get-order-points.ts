import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderPointsSchedule, PointsSchedule } from "../../../modules/customer-loyalty"
import { calculatePurchasePoints, PointsLineItem, PurchasePoints } from "../utils/purchase-points"
import { loyaltyService } from "./resolve-service"
import { graphRows } from "../../../utils/graph-rows"

export type OrderPoints = PurchasePoints &
  PointsSchedule & {
    order_id: string
    display_id: number | null
    customer_id: string | null
    currency_code: string
    placed_at: Date
  }

type OrderRow = {
  id: string
  display_id: number | string | null
  customer_id: string | null
  currency_code: string
  created_at: string | Date
  items?: (PointsLineItem | null)[] | null
}

export const getOrderPointsStepId = "get-order-loyalty-points"

/**
 * What an order earns under the current settings, earn rules and the
 * customer's tier (the same calculation as the cart's points and the
 * product preview).
 */
export const getOrderPointsStep = createStep(
  getOrderPointsStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph(
      {
        entity: "order",
        fields: [
          "id",
          "display_id",
          "customer_id",
          "currency_code",
          "created_at",
          // Order item quantities come with the whole item only.
          "items.*",
          "items.tax_lines.rate",
          "items.adjustments.amount",
          "items.adjustments.is_tax_inclusive",
          "items.product.collection_id",
          "items.product.categories.id",
        ],
        filters: { id: input.order_id },
      },
      { throwIfKeyNotFound: true }
    )
    const [order] = graphRows<OrderRow>(data)
    const placedAt = new Date(order.created_at)
    const points = await calculatePurchasePoints(container, {
      items: (order.items ?? []).filter((item): item is PointsLineItem => !!item),
      currency_code: order.currency_code,
      customer_id: order.customer_id,
      at: placedAt,
    })
    const settings = await loyaltyService(container).retrieveProgramSettings()

    const result: OrderPoints = {
      ...points,
      ...orderPointsSchedule(settings, placedAt),
      order_id: order.id,
      display_id: order.display_id == null ? null : Number(order.display_id),
      customer_id: order.customer_id ?? null,
      currency_code: order.currency_code,
      placed_at: placedAt,
    }
    return new StepResponse(result)
  }
)

import {
  BigNumber,
  ContainerRegistrationKeys,
  getLineItemTotals,
  MathBN,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculatePoints,
  orderPointsSchedule,
  PointsCalculation,
  PointsItem,
  PointsSchedule,
} from "../../../modules/customer-loyalty"
import { loyaltyService } from "./resolve-service"

export type OrderPoints = PointsCalculation & PointsSchedule & {
  order_id: string
  display_id: number | null
  customer_id: string | null
  currency_code: string
  placed_at: Date
  /** The amount that counts: items after discounts, without tax and shipping. */
  counted_amount: string
}

export const getOrderPointsStepId = "get-order-loyalty-points"

/** What an order earns under the current settings and earn rules. */
export const getOrderPointsStep = createStep(
  getOrderPointsStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = loyaltyService(container)
    const {
      data: [order],
    } = await query.graph(
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
    const settings = await service.retrieveProgramSettings()
    const rules = await service.listLoyaltyEarnRules({ is_active: true })

    const items: PointsItem[] = (order.items ?? []).flatMap((item: any) =>
      item
        ? [
            {
              id: item.id,
              quantity: Number(item.quantity),
              amount: countedAmount(item),
              product_id: item.product_id,
              variant_id: item.variant_id,
              collection_id: item.product?.collection_id ?? null,
              category_ids: (item.product?.categories ?? []).map((c: any) => c.id),
            },
          ]
        : []
    )
    const placedAt = new Date(order.created_at as string | Date)
    const calculation = calculatePoints({
      items,
      rate: settings.points_per_currency[order.currency_code.toLowerCase()],
      rules: rules as any,
      at: placedAt,
    })

    const result: OrderPoints = {
      ...calculation,
      ...orderPointsSchedule(settings, placedAt),
      order_id: order.id,
      display_id: order.display_id == null ? null : Number(order.display_id),
      customer_id: order.customer_id ?? null,
      currency_code: order.currency_code,
      placed_at: placedAt,
      counted_amount: MathBN.sum(...items.map((i) => i.amount), 0).toString(),
    }
    return new StepResponse(result)
  }
)

/**
 * A line's amount after discounts, without tax: Medusa's own line totals
 * (query does not compute them for order items), total less tax.
 */
function countedAmount(item: any) {
  const totals = getLineItemTotals(
    {
      id: item.id,
      unit_price: new BigNumber(item.unit_price),
      quantity: new BigNumber(item.quantity),
      is_tax_inclusive: item.is_tax_inclusive,
      tax_lines: (item.tax_lines ?? []).filter(Boolean),
      adjustments: (item.adjustments ?? []).filter(Boolean),
    },
    { includeTax: true }
  )
  return MathBN.sub(totals.total, totals.tax_total)
}

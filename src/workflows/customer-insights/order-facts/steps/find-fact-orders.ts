import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OrderFactTargets = {
  /** Orders whose facts to refresh (what order events name). */
  order_ids?: string[]
  /** Payments whose orders' facts to refresh (what `payment.refunded` names). */
  payment_ids?: string[]
}

type PaymentRow = {
  id: string
  payment_collection?: { order?: { id: string } | null } | null
} | null

export const findFactOrdersStepId = "find-fact-orders"

/** The orders to refresh: those given and those the payments were for, once each, sorted. */
export const findFactOrdersStep = createStep(
  findFactOrdersStepId,
  async (input: OrderFactTargets, { container }) => {
    const ids = new Set(input.order_ids ?? [])
    if (input.payment_ids?.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: payments }: { data: PaymentRow[] } = await query.graph({
        entity: "payment",
        fields: ["id", "payment_collection.order.id"],
        filters: { id: input.payment_ids },
      })
      for (const payment of payments) {
        const orderId = payment?.payment_collection?.order?.id
        if (orderId) {
          ids.add(orderId)
        }
      }
    }
    return new StepResponse([...ids].sort())
  }
)

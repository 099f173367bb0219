import { BigNumberValue } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { graphRows } from "../../../utils/graph-rows"

export type PaymentRefunds = {
  order_id: string | null
  /** Everything refunded on the order's payments so far. */
  refunded: string
  order_total: string
  refund_count: number
}

type PaymentRow = {
  id: string
  payment_collection?: {
    order?: { id: string; total?: BigNumberValue | null } | null
    payments?:
      ({ refunds?: { id: string; amount?: BigNumberValue | null }[] | null } | null)[] | null
  } | null
}

export const getPaymentRefundsStepId = "get-payment-refunds-for-loyalty"

/** The order a refunded payment belongs to, and how much of it is refunded. */
export const getPaymentRefundsStep = createStep(
  getPaymentRefundsStepId,
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "payment_collection.order.id",
        "payment_collection.order.total",
        "payment_collection.payments.refunds.id",
        "payment_collection.payments.refunds.amount",
      ],
      filters: { id: input.payment_id },
    })
    const [payment] = graphRows<PaymentRow>(data)
    const collection = payment?.payment_collection
    const refunds = (collection?.payments ?? []).flatMap((p) => p?.refunds ?? [])
    const result: PaymentRefunds = {
      order_id: collection?.order?.id ?? null,
      refunded: MathBN.sum(0, ...refunds.map((r) => r.amount ?? 0)).toString(),
      order_total: MathBN.convert(collection?.order?.total ?? 0).toString(),
      refund_count: refunds.length,
    }
    return new StepResponse(result)
  }
)

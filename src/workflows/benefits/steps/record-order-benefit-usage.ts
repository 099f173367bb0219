import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { orderForBenefitUsage } from "../purchase-lines"

export const recordOrderBenefitUsageStepId = "record-order-benefit-usage"

/**
 * Counts what a placed order used of its customer's limited benefits. The
 * module records an order once (a redelivered event finds it recorded);
 * guest orders use no benefits.
 */
export const recordOrderBenefitUsageStep = createStep(
  recordOrderBenefitUsageStepId,
  async (input: { order_id: string }, { container }) => {
    const order = await orderForBenefitUsage(container as MedusaContainer, input.order_id)
    if (!order.customer_id || !order.lines.length) {
      return new StepResponse({ recorded: 0, duplicate: false })
    }
    const result = await loyaltyService(container).recordOrderBenefitUsage({
      order_id: order.id,
      cart_id: order.cart_id,
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      lines: order.lines,
      placed_at: order.placed_at,
    })
    return new StepResponse(result)
  }
)

import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { getPaymentRefundsStep } from "../steps"
import { reversePointsForSourceWorkflow } from "./reverse-points-for-source"

export type ReversePointsForRefundWorkflowInput = { payment_id: string }

export const reversePointsForRefundWorkflowId = "reverse-loyalty-points-for-refund"

/**
 * On `payment.refunded`: takes back the refunded share of what the order
 * earned. The share is computed from all refunds so far, so refunds in any
 * order, or redelivered, never take back more than their part.
 */
export const reversePointsForRefundWorkflow = createWorkflow(
  reversePointsForRefundWorkflowId,
  (input: ReversePointsForRefundWorkflowInput) => {
    const refunds = getPaymentRefundsStep(input)
    const result = when({ refunds }, ({ refunds }) => {
      return !!refunds.order_id && refunds.refund_count > 0
    }).then(() => {
      const reverseInput = transform({ refunds }, ({ refunds }) => ({
        source: "order" as const,
        source_id: refunds.order_id as string,
        reason: `refunds:${refunds.refund_count}`,
        refund: { refunded: refunds.refunded, total: refunds.order_total },
      }))
      return reversePointsForSourceWorkflow.runAsStep({ input: reverseInput })
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result ?? null))
  }
)

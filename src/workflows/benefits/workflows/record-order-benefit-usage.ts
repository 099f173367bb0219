import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordOrderBenefitUsageStep } from "../steps"

export const recordOrderBenefitUsageWorkflowId = "record-order-benefit-usage"

/** On `order.placed`: the order's use of limited benefits, counted once. */
export const recordOrderBenefitUsageWorkflow = createWorkflow(
  recordOrderBenefitUsageWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(recordOrderBenefitUsageStep(input))
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseOrderBenefitUsageStep } from "../steps"

export const releaseOrderBenefitUsageWorkflowId = "release-order-benefit-usage"

/** On `order.canceled`: the order's benefit usage is given back. */
export const releaseOrderBenefitUsageWorkflow = createWorkflow(
  releaseOrderBenefitUsageWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(releaseOrderBenefitUsageStep(input))
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordOrderBenefitUsageStep, releaseOrderBenefitUsageStep } from "../steps"

export const recordOrderBenefitUsageWorkflowId = "record-order-benefit-usage"

/** On `order.placed`: the order's use of limited benefits, counted once. */
export const recordOrderBenefitUsageWorkflow = createWorkflow(
  recordOrderBenefitUsageWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(recordOrderBenefitUsageStep(input))
)

export const releaseOrderBenefitUsageWorkflowId = "release-order-benefit-usage"

/** On `order.canceled`: the order's benefit usage is given back. */
export const releaseOrderBenefitUsageWorkflow = createWorkflow(
  releaseOrderBenefitUsageWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(releaseOrderBenefitUsageStep(input))
)

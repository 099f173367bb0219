import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateSegmentStep,
  UpdateSegmentData,
  validateSegmentFlagStep,
  validateSegmentNameAvailableStep,
} from "../steps"

export const updateSegmentWorkflowId = "update-segment"

/** Changes a segment; new rules take effect at the next refresh. */
export const updateSegmentWorkflow = createWorkflow(
  updateSegmentWorkflowId,
  (input: UpdateSegmentData) => {
    validateSegmentNameAvailableStep({ name: input.name, except_id: input.id })
    validateSegmentFlagStep({ flag_id: input.flag_id })
    return new WorkflowResponse(updateSegmentStep(input))
  }
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSegmentsStep } from "../steps"

export const deleteSegmentsWorkflowId = "delete-segments"

/**
 * Deletes segments. Flags they gave stay with the customers (staff can
 * remove them); membership history is kept.
 */
export const deleteSegmentsWorkflow = createWorkflow(
  deleteSegmentsWorkflowId,
  (input: { ids: string[] }) => {
    deleteSegmentsStep(input.ids)
    return new WorkflowResponse(void 0)
  }
)

import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateSegmentStep,
  UpdateSegmentData,
  validateSegmentFlagStep,
  validateSegmentNameAvailableStep,
} from "../steps"
import { refreshSegmentWorkflow } from "./refresh-segment"

export const updateSegmentWorkflowId = "update-segment"

/**
 * Changes a segment. New rules are applied at once (the segment is refreshed
 * in the same run), so its members match what was saved; a change of name,
 * description or flag alone leaves the members as they are.
 */
export const updateSegmentWorkflow = createWorkflow(
  updateSegmentWorkflowId,
  (input: UpdateSegmentData) => {
    validateSegmentNameAvailableStep({ name: input.name, except_id: input.id })
    validateSegmentFlagStep({ flag_id: input.flag_id })
    const segment = updateSegmentStep(input)
    const refresh = when({ input }, ({ input }) => !!input.rules).then(() =>
      refreshSegmentWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ segment_id: input.id })),
      })
    )
    const result = transform({ segment, refresh }, ({ segment, refresh }) => ({
      ...segment,
      ...(refresh ? { member_count: refresh.member_count } : {}),
      refresh: refresh ?? null,
    }))
    return new WorkflowResponse(result)
  }
)

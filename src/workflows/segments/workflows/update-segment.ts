import { AdditionalData } from "@medusajs/framework/types"
import {
  createHook,
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

export type UpdateSegmentWorkflowInput = UpdateSegmentData & AdditionalData

export const updateSegmentWorkflowId = "update-segment"

/**
 * Changes a segment. New rules are applied at once (the segment is refreshed
 * in the same run), so its members match what was saved; a change of name,
 * description or flag alone leaves the members as they are.
 *
 * The `segmentUpdated` hook receives the segment as updated and the input's
 * `additional_data`; a handler that throws undoes the update.
 *
 * @example
 * await updateSegmentWorkflow(container).run({
 *   input: { id: "cseg_123", name: "Biggest spenders" },
 * })
 */
export const updateSegmentWorkflow = createWorkflow(
  updateSegmentWorkflowId,
  (input: UpdateSegmentWorkflowInput) => {
    validateSegmentNameAvailableStep({ name: input.name, except_id: input.id })
    validateSegmentFlagStep({ flag_id: input.flag_id })
    const data = transform({ input }, ({ input }) => {
      const { additional_data: _, ...segment } = input
      return segment
    })
    const segment = updateSegmentStep(data)
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
    const segmentUpdated = createHook("segmentUpdated", {
      segment: result,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, { hooks: [segmentUpdated] })
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeSegmentRefresh } from "./compose-segment-refresh"

export const refreshSegmentWorkflowId = "refresh-segment"

/**
 * Re-evaluates a segment's rules in the database and stores who entered and
 * who left; gives the segment's flag to customers who entered and, with
 * `remove_flag_on_leave`, takes it from those who left (only where this
 * segment gave it). Emits `segment.customer_entered` / `customer_left`.
 * Runs one at a time per segment, with incremental refreshes too.
 *
 * @example
 * const { result } = await refreshSegmentWorkflow(container).run({
 *   input: { segment_id: "cseg_123" },
 * })
 * // result: { segment_id, member_count, entered: 12, left: 3 }
 */
export const refreshSegmentWorkflow = createWorkflow(
  refreshSegmentWorkflowId,
  (input: { segment_id: string }) => {
    const scope = transform({ input }, ({ input }) => ({ segment_id: input.segment_id }))
    const change = composeSegmentRefresh(scope)
    const result = transform({ change }, ({ change }) => ({
      segment_id: change.segment_id,
      member_count: change.member_count,
      entered: change.entered.length,
      left: change.left.length,
    }))
    return new WorkflowResponse(result)
  }
)

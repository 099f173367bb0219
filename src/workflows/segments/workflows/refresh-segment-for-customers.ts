import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeSegmentRefresh } from "./compose-segment-refresh"

export const refreshSegmentForCustomersWorkflowId = "refresh-segment-for-customers"

/**
 * The incremental refresh of one segment: re-evaluates its rules for the
 * given customers only and applies their differences as the full refresh
 * does (memberships, the segment's flag, the entered/left events). Other
 * customers' memberships, and the time of the last full refresh, stay as
 * they are. Runs one at a time per segment with full refreshes, so either
 * sees what the other wrote; running it again changes nothing.
 *
 * @example
 * const { result } = await refreshSegmentForCustomersWorkflow(container).run({
 *   input: { segment_id: "cseg_123", customer_ids: ["cus_1"] },
 * })
 * // result: { segment_id, member_count, entered: ["cus_1"], left: [] }
 */
export const refreshSegmentForCustomersWorkflow = createWorkflow(
  refreshSegmentForCustomersWorkflowId,
  (input: { segment_id: string; customer_ids: string[] }) => {
    const change = composeSegmentRefresh(input)
    const result = transform({ change }, ({ change }) => ({
      segment_id: change.segment_id,
      member_count: change.member_count,
      entered: change.entered.map(({ customer_id }) => customer_id),
      left: change.left.map(({ customer_id }) => customer_id),
    }))
    return new WorkflowResponse(result)
  }
)

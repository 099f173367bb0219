import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SegmentEvents } from "../../../modules/customer-loyalty"
import { assignCustomerFlagsWorkflow, removeCustomerFlagsWorkflow } from "../../customer-flags"
import {
  compileSegmentMembersStep,
  refreshSegmentMembershipStep,
  selectSegmentFlagChangesStep,
} from "../steps"

export const refreshSegmentWorkflowId = "refresh-segment"

/**
 * Re-evaluates a segment's rules in the database and stores who entered and
 * who left; gives the segment's flag to customers who entered and, with
 * `remove_flag_on_leave`, takes it from those who left (only where this
 * segment gave it). Emits `segment.customer_entered` / `customer_left`.
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
    const compiled = compileSegmentMembersStep(input)
    const change = refreshSegmentMembershipStep(compiled)

    const flagChanges = selectSegmentFlagChangesStep({
      segment: compiled.segment,
      change,
    })
    when({ flagChanges }, ({ flagChanges }) => flagChanges.assign.length > 0).then(() => {
      assignCustomerFlagsWorkflow.runAsStep({
        input: {
          assignments: flagChanges.assign,
          source: "segment",
          source_id: input.segment_id,
        },
      })
    })
    when({ flagChanges }, ({ flagChanges }) => flagChanges.remove.length > 0).then(() => {
      removeCustomerFlagsWorkflow.runAsStep({
        input: { pairs: flagChanges.remove, removed_by: input.segment_id },
      })
    })

    const events = transform({ change }, ({ change }) => ({
      entered: change.entered.map(({ customer_id }) => ({
        segment_id: change.segment_id,
        customer_id,
      })),
      left: change.left.map(({ customer_id }) => ({
        segment_id: change.segment_id,
        customer_id,
      })),
    }))
    emitEventStep({ eventName: SegmentEvents.CUSTOMER_ENTERED, data: events.entered }).config({
      name: "emit-segment-customers-entered",
    })
    emitEventStep({ eventName: SegmentEvents.CUSTOMER_LEFT, data: events.left }).config({
      name: "emit-segment-customers-left",
    })

    const result = transform({ change }, ({ change }) => ({
      segment_id: change.segment_id,
      member_count: change.member_count,
      entered: change.entered.length,
      left: change.left.length,
    }))
    return new WorkflowResponse(result)
  }
)

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { SegmentEvents } from "../../../modules/customer-loyalty"
import { assignCustomerFlagsWorkflow, removeCustomerFlagsWorkflow } from "../../customer-flags"
import {
  compileSegmentMembersStep,
  refreshSegmentMembershipStep,
  selectSegmentFlagChangesStep,
} from "../steps"
import { acquireSegmentRefreshLock, releaseSegmentRefreshLock } from "./segment-refresh-lock"

export type SegmentRefreshInput = {
  segment_id: string
  /** Re-evaluate only these customers (the incremental refresh). */
  customer_ids?: string[]
}

/**
 * The steps of a segment refresh, shared by the full refresh and the
 * incremental one (which passes `customer_ids`), for use inside
 * `createWorkflow`: under the segment's refresh lock, compiles the rules,
 * stores who entered and who left, gives the segment's flag to those who
 * entered and, with `remove_flag_on_leave`, takes it from those who left
 * (only where this segment gave it), and emits `segment.customer_entered` /
 * `customer_left`. Returns the membership change.
 */
export function composeSegmentRefresh(
  input: WorkflowData<SegmentRefreshInput> | SegmentRefreshInput
) {
  const lock = acquireSegmentRefreshLock(input)

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

  releaseSegmentRefreshLock(lock)
  return change
}

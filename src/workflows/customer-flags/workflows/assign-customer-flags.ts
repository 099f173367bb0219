import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerFlagEvents, FlagAssignmentSource } from "../../../modules/customer-loyalty"
import {
  addCustomersToFlagGroupsStep,
  createFlagAssignmentsStep,
  endFlagAssignmentsStep,
  planFlagAssignmentsStep,
  validateFlagAssignmentTargetsStep,
} from "../steps"
import { acquireFlagAssignmentLocks, releaseFlagAssignmentLocks } from "./flag-assignment-locks"

export type AssignCustomerFlagsWorkflowInput = {
  assignments: {
    flag_id: string
    customer_id: string
    note?: string | null
    /** Overrides the flag's own expiry rule for this assignment. */
    expires_at?: string | Date | null
  }[]
  source?: FlagAssignmentSource
  /** What made the assignment, e.g. a segment or purchase rule id. */
  source_id?: string | null
  /** Who made it, e.g. an admin user id. */
  assigned_by?: string | null
}

export const assignCustomerFlagsWorkflowId = "assign-customer-flags"

/**
 * Gives flags to customers. A customer who already has the flag gets it
 * renewed: the old assignment ends as `renewed` and a new one starts, with
 * its expiry counted from now. A purchase rule or segment renewing a flag
 * staff gave keeps staff's note, author and source (see
 * `planFlagAssignmentsStep`). Customers join the flags' customer groups.
 * Calls for the same (flag, customer) run one after the other, under a lock
 * per pair, so that parallel renewals and removals leave the customer group
 * as the assignments are.
 *
 * @example
 * await assignCustomerFlagsWorkflow(container).run({
 *   input: {
 *     assignments: [{ flag_id: "cflag_123", customer_id: "cus_123", note: "Met at fair" }],
 *     assigned_by: "user_123",
 *   },
 * })
 */
export const assignCustomerFlagsWorkflow = createWorkflow(
  assignCustomerFlagsWorkflowId,
  (input: AssignCustomerFlagsWorkflowInput) => {
    const targets = transform({ input }, ({ input }) => ({
      flag_ids: input.assignments.map((a) => a.flag_id),
      customer_ids: input.assignments.map((a) => a.customer_id),
    }))
    const flags = validateFlagAssignmentTargetsStep(targets)

    const locks = acquireFlagAssignmentLocks(input.assignments)

    const rows = planFlagAssignmentsStep({
      assignments: input.assignments,
      flags,
      source: input.source,
      source_id: input.source_id,
      assigned_by: input.assigned_by,
    })
    const pairs = transform({ rows }, ({ rows }) =>
      rows.map(({ flag_id, customer_id }) => ({ flag_id, customer_id }))
    )

    endFlagAssignmentsStep({
      pairs,
      reason: "renewed",
      removed_by: input.assigned_by,
    })
    const created = createFlagAssignmentsStep(rows)
    addCustomersToFlagGroupsStep(pairs)

    const events = transform({ created }, ({ created }) =>
      created.map(({ id, flag_id, customer_id, source }) => ({
        id,
        flag_id,
        customer_id,
        source,
      }))
    )
    emitEventStep({ eventName: CustomerFlagEvents.ASSIGNED, data: events })
    releaseFlagAssignmentLocks(locks)

    return new WorkflowResponse(created)
  }
)

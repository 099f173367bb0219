import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import { closeLoyaltyAccountStep, syncTierGroupsStep } from "../steps"

export type CloseLoyaltyAccountWorkflowInput = {
  account_id: string
  reason: string
  actor?: string | null
}

export const closeLoyaltyAccountWorkflowId = "close-loyalty-account"

/**
 * Closes a membership: its points go to zero with a `close` entry, its tier
 * goes, its members are free to start again; the history is kept.
 */
export const closeLoyaltyAccountWorkflow = createWorkflow(
  closeLoyaltyAccountWorkflowId,
  (input: CloseLoyaltyAccountWorkflowInput) => {
    const posted = closeLoyaltyAccountStep(input)
    // Its former members leave the tier's customer group.
    syncTierGroupsStep({
      account_ids: transform({ input }, ({ input }) => [input.account_id]),
    })
    emitEventStep({
      eventName: LoyaltyEvents.ACCOUNT_CLOSED,
      data: transform({ input, posted }, ({ input, posted }) => ({
        account_id: input.account_id,
        entry_id: posted.entry.id,
        points: posted.entry.points,
        reason: input.reason,
      })),
    })
    return new WorkflowResponse(posted)
  }
)

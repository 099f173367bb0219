import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import { recomputeTiersStep, removeAccountMemberStep } from "../steps"

export type RemoveLoyaltyAccountMemberWorkflowInput = {
  account_id: string
  customer_id: string
  actor?: string | null
}

export const removeLoyaltyAccountMemberWorkflowId = "remove-loyalty-account-member"

/**
 * Takes a customer out of a shared membership (a household). The pooled
 * points stay with the membership; the customer gets a new, empty one of
 * their own, and leaves the old tier's customer group for the new one's.
 *
 * @example
 * await removeLoyaltyAccountMemberWorkflow(container).run({
 *   input: { account_id: "lacc_family", customer_id: "cus_grown_up_child" },
 * })
 */
export const removeLoyaltyAccountMemberWorkflow = createWorkflow(
  removeLoyaltyAccountMemberWorkflowId,
  (input: RemoveLoyaltyAccountMemberWorkflowInput) => {
    const removed = removeAccountMemberStep(input)
    // Both memberships: the new one's tier (a tier from 0 points applies at
    // once), and the tier groups of both, which the leaver changes.
    const tierChanges = recomputeTiersStep({
      account_ids: transform({ removed }, ({ removed }) => [
        removed.account_id,
        removed.new_account_id,
      ]),
    })
    emitEventStep({
      eventName: LoyaltyEvents.MEMBER_REMOVED,
      data: transform({ removed }, ({ removed }) => ({
        account_id: removed.account_id,
        customer_id: removed.customer_id,
        new_account_id: removed.new_account_id,
      })),
    })
    emitEventStep({
      eventName: LoyaltyEvents.TIER_CHANGED,
      data: tierChanges,
    }).config({ name: "emit-tier-changed" })
    return new WorkflowResponse(removed)
  }
)

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import { addAccountMemberStep, recomputeTiersStep } from "../steps"

export type AddLoyaltyAccountMemberWorkflowInput = {
  account_id: string
  customer_id: string
  actor?: string | null
}

export const addLoyaltyAccountMemberWorkflowId = "add-loyalty-account-member"

/**
 * Adds a customer to a membership (a household: e.g. a child earning into
 * a parent's account). Their own points move with them, nothing lost.
 *
 * @example
 * await addLoyaltyAccountMemberWorkflow(container).run({
 *   input: { account_id: "lacc_parent", customer_id: "cus_child" },
 * })
 */
export const addLoyaltyAccountMemberWorkflow = createWorkflow(
  addLoyaltyAccountMemberWorkflowId,
  (input: AddLoyaltyAccountMemberWorkflowInput) => {
    const added = addAccountMemberStep(input)
    const tierChanges = recomputeTiersStep({
      account_ids: transform({ input }, ({ input }) => [input.account_id]),
    })
    emitEventStep({
      eventName: LoyaltyEvents.MEMBER_ADDED,
      data: transform({ input, added }, ({ input, added }) => ({
        account_id: input.account_id,
        customer_id: input.customer_id,
        moved_points: added.moved_points,
      })),
    })
    emitEventStep({
      eventName: LoyaltyEvents.TIER_CHANGED,
      data: tierChanges,
    }).config({ name: "emit-tier-changed" })
    return new WorkflowResponse(added)
  }
)

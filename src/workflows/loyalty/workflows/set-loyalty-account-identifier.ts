import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../../../modules/customer-loyalty"
import { setAccountIdentifierStep } from "../steps"

export type SetLoyaltyAccountIdentifierWorkflowInput = {
  account_id: string
  /** A card number or barcode; null clears it. */
  identifier: string | null
}

export const setLoyaltyAccountIdentifierWorkflowId = "set-loyalty-account-identifier"

/**
 * Gives a membership the merchant's own identifier (a card number, a
 * barcode), unique among memberships: a conflict when another has it.
 *
 * @example
 * await setLoyaltyAccountIdentifierWorkflow(container).run({
 *   input: { account_id: "lacc_123", identifier: "CARD-000123" },
 * })
 */
export const setLoyaltyAccountIdentifierWorkflow = createWorkflow(
  setLoyaltyAccountIdentifierWorkflowId,
  (input: SetLoyaltyAccountIdentifierWorkflowInput) => {
    const changed = setAccountIdentifierStep(input)
    emitEventStep({
      eventName: LoyaltyEvents.IDENTIFIER_CHANGED,
      data: transform({ input, changed }, ({ input, changed }) => ({
        account_id: input.account_id,
        identifier: input.identifier,
        previous_identifier: changed.previous_identifier,
      })),
    })
    return new WorkflowResponse(changed)
  }
)

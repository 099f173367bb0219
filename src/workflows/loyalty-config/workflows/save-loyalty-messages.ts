import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltyMessageWrite } from "../../../modules/customer-loyalty"
import { writeLoyaltyMessagesStep } from "../steps"

export type SaveLoyaltyMessagesWorkflowInput = { messages: LoyaltyMessageWrite[] }

export const saveLoyaltyMessagesWorkflowId = "save-loyalty-messages"

/**
 * Saves the messages members get when points are credited or adjusted, per
 * locale; a message with null subject and body is removed (that locale then
 * falls back to the default locale's message, or the provider's template).
 *
 * @example
 * await saveLoyaltyMessagesWorkflow(container).run({
 *   input: {
 *     messages: [{
 *       kind: "points_credited",
 *       locale: "en",
 *       subject: "{{ points | number }} points for you",
 *       body: "Hi {{ first_name }}, you now have {{ balance_available | number }} points.",
 *     }],
 *   },
 * })
 */
export const saveLoyaltyMessagesWorkflow = createWorkflow(
  saveLoyaltyMessagesWorkflowId,
  (input: SaveLoyaltyMessagesWorkflowInput) => {
    writeLoyaltyMessagesStep(input.messages)
    return new WorkflowResponse(undefined)
  }
)

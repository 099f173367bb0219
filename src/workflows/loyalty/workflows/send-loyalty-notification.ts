import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyNotificationInput, prepareLoyaltyNotificationStep } from "../steps"

export const sendLoyaltyNotificationWorkflowId = "send-loyalty-notification"

/**
 * Tells a member that points were credited or adjusted, through Medusa's
 * notification module, with the template ids from the plugin options, and
 * only when they agreed to marketing. The entry id makes it idempotent.
 */
export const sendLoyaltyNotificationWorkflow = createWorkflow(
  sendLoyaltyNotificationWorkflowId,
  (input: LoyaltyNotificationInput) => {
    const notification = prepareLoyaltyNotificationStep(input)
    when({ notification }, ({ notification }) => !!notification).then(() => {
      sendNotificationsStep(
        transform({ notification, input }, ({ notification, input }) => [
          {
            ...notification!,
            trigger_type: `loyalty.${input.kind}`,
            resource_id: input.entry_id,
            resource_type: "loyalty_entry",
            idempotency_key: `loyalty-notification:${input.entry_id}`,
          },
        ])
      )
    })
    return new WorkflowResponse(notification)
  }
)

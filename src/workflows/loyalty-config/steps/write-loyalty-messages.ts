import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltyMessageWrite } from "../../../modules/customer-loyalty"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const writeLoyaltyMessagesStepId = "write-loyalty-messages"

/**
 * Saves the merchant's messages (templates already checked by the route);
 * the compensation writes back what each message was, removing the new ones.
 */
export const writeLoyaltyMessagesStep = createStep(
  writeLoyaltyMessagesStepId,
  async (messages: LoyaltyMessageWrite[], { container }) => {
    const previous = await loyaltyService(container).writeLoyaltyMessages(messages)
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await loyaltyService(container).writeLoyaltyMessages([...previous].reverse())
    }
  }
)

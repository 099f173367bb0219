import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export type SetAccountIdentifierStepInput = {
  account_id: string
  identifier: string | null
}

export const setAccountIdentifierStepId = "set-loyalty-account-identifier"

/** Sets or clears a membership's identifier; the compensation puts the old one back. */
export const setAccountIdentifierStep = createStep(
  setAccountIdentifierStepId,
  async (input: SetAccountIdentifierStepInput, { container }) => {
    const { previous } = await loyaltyService(container).setLoyaltyAccountIdentifier(input)
    return new StepResponse(
      { previous_identifier: previous },
      { account_id: input.account_id, identifier: previous }
    )
  },
  async (undo, { container }) => {
    if (undo) {
      await loyaltyService(container).setLoyaltyAccountIdentifier(undo)
    }
  }
)

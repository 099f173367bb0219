import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"
import { restoreForgottenRows } from "./restore-forgotten-rows"

export const removeLoyaltyMembersStepId = "remove-customer-loyalty-members"

/** Takes the customers out of their memberships, a household's too. */
export const removeLoyaltyMembersStep = createStep(
  removeLoyaltyMembersStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).removeCustomerLoyaltyMembers(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restoreForgottenRows
)

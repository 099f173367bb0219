import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RemoveAccountMemberInput } from "../../../modules/customer-loyalty/memberships"
import { loyaltyService } from "./resolve-service"

export const removeAccountMemberStepId = "remove-loyalty-account-member"

/**
 * Takes a customer out of a shared membership into a new one of their own;
 * the compensation puts them back and removes the new membership.
 */
export const removeAccountMemberStep = createStep(
  removeAccountMemberStepId,
  async (input: RemoveAccountMemberInput, { container }) => {
    const removed = await loyaltyService(container).removeLoyaltyAccountMember(input)
    return new StepResponse(removed, removed)
  },
  async (removed, { container }) => {
    if (removed) {
      await loyaltyService(container).restoreLoyaltyAccountMember(removed)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const ensureLoyaltyAccountStepId = "ensure-loyalty-account"

/**
 * The customer's membership, created on first use. The compensation
 * removes an account it created.
 */
export const ensureLoyaltyAccountStep = createStep(
  ensureLoyaltyAccountStepId,
  async (input: { customer_id: string }, { container }) => {
    const result = await loyaltyService(container).ensureLoyaltyAccount(input.customer_id)
    return new StepResponse(result, result.created ? result.account_id : null)
  },
  async (createdAccountId, { container }) => {
    if (!createdAccountId) {
      return
    }
    const service = loyaltyService(container)
    const members = await service.listLoyaltyAccountMembers({
      account_id: createdAccountId,
    })
    await service.deleteLoyaltyAccountMembers(members.map((m) => m.id))
    await service.deleteLoyaltyAccounts(createdAccountId)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export type CloseLoyaltyAccountStepInput = {
  account_id: string
  reason: string
  actor?: string | null
}

export const closeLoyaltyAccountStepId = "close-loyalty-account"

export const closeLoyaltyAccountStep = createStep(
  closeLoyaltyAccountStepId,
  async (input: CloseLoyaltyAccountStepInput, { container }) => {
    const service = loyaltyService(container)
    const members = await service.listLoyaltyAccountMembers(
      { account_id: input.account_id },
      { select: ["id"] }
    )
    const posted = await service.closeLoyaltyAccount({
      ...input,
      idempotency_key: `close:${input.account_id}`,
    })
    return new StepResponse(posted, {
      account_id: input.account_id,
      close_entry_id: posted.entry.id,
      member_ids: members.map((m) => m.id),
    })
  },
  async (state, { container }) => {
    if (state) {
      await loyaltyService(container).reopenLoyaltyAccount(state)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"

export type ClosedAccount = { account_id: string; entry_id: string; points: number; reason: string }

export const closeForgottenAccountsStepId = "close-forgotten-loyalty-accounts"

/**
 * Closes the memberships the forgotten customers held alone, as
 * `closeLoyaltyAccountWorkflow` does (same ledger call and idempotency key,
 * so a membership is closed once however often this runs): the points go
 * to zero with a `close` entry, the tier goes, the history stays. The
 * compensation reopens them and puts their tier back.
 */
export const closeForgottenAccountsStep = createStep(
  closeForgottenAccountsStepId,
  async (input: { account_ids: string[]; reason: string }, { container }) => {
    const service = loyaltyService(container)
    const closed: ClosedAccount[] = []
    const undo: { account_id: string; close_entry_id: string }[] = []
    for (const account_id of input.account_ids) {
      const posted = await service.closeLoyaltyAccount({
        account_id,
        reason: input.reason,
        actor: null,
        idempotency_key: `close:${account_id}`,
      })
      if (!posted.duplicate) {
        undo.push({ account_id, close_entry_id: posted.entry.id })
        closed.push({
          account_id,
          entry_id: posted.entry.id,
          points: posted.entry.points,
          reason: input.reason,
        })
      }
    }
    return new StepResponse(closed, undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) {
      return
    }
    const service = loyaltyService(container)
    for (const state of undo) {
      // Its member rows were removed by an earlier step, whose compensation brings them back.
      await service.reopenLoyaltyAccount({ ...state, member_ids: [] })
    }
    await service.recomputeLoyaltyTiers(undo.map((u) => u.account_id))
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export const softDeleteLoyaltyEarnRulesStepId = "soft-delete-loyalty-earn-rules"

export const softDeleteLoyaltyEarnRulesStep = createStep(
  softDeleteLoyaltyEarnRulesStepId,
  async (ids: string[], { container }) => {
    await loyaltyService(container).softDeleteLoyaltyEarnRules(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await loyaltyService(container).restoreLoyaltyEarnRules(ids)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { EarnRuleRow } from "./types"

export const updateLoyaltyEarnRuleStepId = "update-loyalty-earn-rule"

/** Updates one rule; the compensation writes back the fields it changed. */
export const updateLoyaltyEarnRuleStep = createStep(
  updateLoyaltyEarnRuleStepId,
  async (data: Partial<EarnRuleRow> & { id: string }, { container }) => {
    const service = loyaltyService(container)
    const fields = Object.keys(data).filter((key) => key !== "id")
    const before = await service.retrieveLoyaltyEarnRule(data.id, {
      select: ["id", ...fields],
    })
    const updated = await service.updateLoyaltyEarnRules(data)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await loyaltyService(container).updateLoyaltyEarnRules(before)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"
import { EarnRuleRow } from "./types"

export const createLoyaltyEarnRuleStepId = "create-loyalty-earn-rule"

export const createLoyaltyEarnRuleStep = createStep(
  createLoyaltyEarnRuleStepId,
  async (data: EarnRuleRow, { container }) => {
    const rule = await loyaltyService(container).createLoyaltyEarnRules(data)
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (id) {
      await loyaltyService(container).deleteLoyaltyEarnRules(id)
    }
  }
)

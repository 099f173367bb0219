import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type EarnRuleTargetType =
  | "all"
  | "product"
  | "variant"
  | "collection"
  | "category"
  | "service"

/** An earn rule as stored: the target in two columns. */
export type EarnRuleRow = {
  name: string
  target_type: EarnRuleTargetType
  target_id: string | null
  points_per_item: number | null
  multiplier: number | null
  starts_at: Date | null
  ends_at: Date | null
  is_active: boolean
}

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
      await loyaltyService(container).updateLoyaltyEarnRules(before as any)
    }
  }
)

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

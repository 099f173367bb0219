import { IPromotionModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DiscountBenefit, promotionForBenefit } from "./promotion-for-benefit"

export const createBenefitPromotionStepId = "create-benefit-promotion"

/** Creates a discount benefit's promotion; compensation deletes it (and its campaign). */
export const createBenefitPromotionStep = createStep(
  createBenefitPromotionStepId,
  async (input: { benefit: DiscountBenefit; customer_group_id: string | null }, { container }) => {
    if (!input.customer_group_id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The benefit's flag or tier has no customer group to restrict the discount to; run the plugin's migration scripts (npx medusa db:migrate)"
      )
    }
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const [promotion] = await promotions.createPromotions([
      promotionForBenefit(input.benefit, input.customer_group_id),
    ])
    return new StepResponse(
      { id: promotion.id, code: promotion.code },
      { id: promotion.id, campaign_id: promotion.campaign_id ?? null }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    await promotions.deletePromotions([created.id])
    if (created.campaign_id) {
      await promotions.deleteCampaigns([created.campaign_id])
    }
  }
)

import { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retireBenefitPromotionsStepId = "retire-benefit-promotions"

/**
 * Removes the promotions of benefits that were replaced, ended or deleted
 * (soft, with their campaigns); compensation brings them back.
 */
export const retireBenefitPromotionsStep = createStep(
  retireBenefitPromotionsStepId,
  async (promotionIds: (string | null | undefined)[], { container }) => {
    const ids = promotionIds.filter((id): id is string => !!id)
    if (!ids.length) {
      return new StepResponse(void 0, null)
    }
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const found = await promotions.listPromotions({ id: ids }, { select: ["id", "campaign_id"] })
    const campaignIds = found.flatMap((p) => (p.campaign_id ? [p.campaign_id] : []))
    await promotions.softDeletePromotions(found.map((p) => p.id))
    if (campaignIds.length) {
      await promotions.softDeleteCampaigns(campaignIds)
    }
    return new StepResponse(void 0, {
      promotion_ids: found.map((p) => p.id),
      campaign_ids: campaignIds,
    })
  },
  async (retired, { container }) => {
    if (!retired) {
      return
    }
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    await promotions.restorePromotions(retired.promotion_ids)
    if (retired.campaign_ids.length) {
      await promotions.restoreCampaigns(retired.campaign_ids)
    }
  }
)

import { ExecArgs, IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../modules/customer-loyalty/service"
import { APPLIED_BY_PLUGIN_RULE } from "../workflows/benefits/steps/promotion-for-benefit"

/**
 * Promotions of discount benefits made before member prices were written by
 * the plugin get the rule that keeps Medusa from applying them to every
 * unit (the plugin prices the units within the customer's limits). Runs
 * once, with `medusa db:migrate`.
 */
export default async function benefitPromotionsAppliedByPlugin({ container }: ExecArgs) {
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
  const benefits = await loyalty.listCustomerBenefits(
    { kind: "discount" },
    { select: ["promotion_id"] }
  )
  const ids = benefits.flatMap((b) => (b.promotion_id ? [b.promotion_id] : []))
  if (!ids.length) {
    return
  }
  const found = await promotions.listPromotions({ id: ids }, { relations: ["rules"] })
  for (const promotion of found) {
    if (!promotion.rules?.some((rule) => rule.attribute === APPLIED_BY_PLUGIN_RULE.attribute)) {
      await promotions.addPromotionRules(promotion.id, [APPLIED_BY_PLUGIN_RULE])
    }
  }
}

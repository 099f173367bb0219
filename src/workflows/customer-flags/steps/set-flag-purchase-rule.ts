import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CUSTOMER_LOYALTY_MODULE,
  CustomerFlagPurchaseRule,
} from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"

export const setFlagPurchaseRuleStepId = "set-flag-purchase-rule"

/**
 * Replaces a flag's purchase rule (null removes it); the compensation puts
 * the old one back. The column is cleared first because the generated
 * update merges JSON objects, which would keep parts of the old rule.
 */
export const setFlagPurchaseRuleStep = createStep(
  setFlagPurchaseRuleStepId,
  async (
    input: { flag_id: string; purchase_rule: CustomerFlagPurchaseRule | null },
    { container }
  ) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const before = await service.retrieveCustomerFlag(input.flag_id, {
      select: ["id", "purchase_rule"],
    })
    await writePurchaseRule(service, input.flag_id, input.purchase_rule)
    return new StepResponse(void 0, {
      flag_id: input.flag_id,
      purchase_rule: before.purchase_rule as CustomerFlagPurchaseRule | null,
    })
  },
  async (before, { container }) => {
    if (before) {
      const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
      await writePurchaseRule(service, before.flag_id, before.purchase_rule)
    }
  }
)

async function writePurchaseRule(
  service: CustomerLoyaltyModuleService,
  flagId: string,
  rule: CustomerFlagPurchaseRule | null
) {
  await service.updateCustomerFlags({ id: flagId, purchase_rule: null })
  if (rule) {
    await service.updateCustomerFlags({ id: flagId, purchase_rule: rule })
  }
}

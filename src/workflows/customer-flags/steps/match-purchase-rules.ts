import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CUSTOMER_LOYALTY_MODULE,
  CustomerFlagPurchaseRule,
} from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { compilePurchaseRuleMatches } from "../../../segments"

type FlagRule = { flag_id: string; rule: CustomerFlagPurchaseRule }

/**
 * The flags whose rules the order fulfils: all rules in one statement, or,
 * when that fails (a rule saved before today's bounds, e.g. `min_orders:
 * 1e308`), each rule alone, so that one bad rule cannot stop the others.
 * A rule that fails on its own is logged with its flag and skipped.
 */
export async function matchPurchaseRules(
  container: MedusaContainer,
  rules: FlagRule[],
  order: { id: string; customer_id: string }
): Promise<string[]> {
  const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const options = { timezone: service.getSegmentSettings().timezone, now: new Date() }
  const run = async (some: FlagRule[]) => {
    const rows = await service.runQuery<{ flag_id: string }>(
      compilePurchaseRuleMatches(some, order, options)
    )
    return rows.map((row) => row.flag_id)
  }

  try {
    return await run(rules)
  } catch (error) {
    if (rules.length === 1) {
      logRuleFailure(container, rules[0].flag_id, order.id, error)
      return []
    }
  }
  const matched: string[] = []
  for (const rule of rules) {
    try {
      matched.push(...(await run([rule])))
    } catch (error) {
      logRuleFailure(container, rule.flag_id, order.id, error)
    }
  }
  return matched
}

function logRuleFailure(
  container: MedusaContainer,
  flagId: string,
  orderId: string,
  error: unknown
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.error(
    `The purchase rule of flag ${flagId} could not be evaluated for order ${orderId} and was skipped: ${
      (error as Error)?.message ?? error
    }`
  )
}

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CUSTOMER_LOYALTY_MODULE,
  CustomerFlagPurchaseRule,
} from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { matchPurchaseRules } from "./match-purchase-rules"
import { graphRows } from "../../../utils/graph-rows"

export type PurchaseRuleMatches = { customer_id: string | null; flag_ids: string[] }

type OrderRow = {
  id: string
  customer_id: string | null
  sales_channel_id: string | null
  status: string
}

type FlagRow = {
  id: string
  purchase_rule: CustomerFlagPurchaseRule | null
  sales_channels?: ({ id: string } | null)[] | null
}

/**
 * Flags with a purchase rule. Medusa's generated filter types (present after
 * `medusa develop`) allow no operator on a JSON column, though the query
 * runs it as SQL's `IS NOT NULL`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
const WITH_PURCHASE_RULE: any = { purchase_rule: { $ne: null } }

export const findPurchaseRuleMatchesStepId = "find-purchase-rule-matches"

/**
 * The flags whose purchase rules an order fulfils, in one statement over the
 * customer's orders. Skips flags of other sales channels and flags this
 * order already gave (a redelivered `order.placed`).
 */
export const findPurchaseRuleMatchesStep = createStep(
  findPurchaseRuleMatchesStepId,
  async (input: { order_id: string }, { container }) => {
    const none = (customer_id: string | null = null) =>
      new StepResponse<PurchaseRuleMatches>({ customer_id, flag_ids: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "sales_channel_id", "status"],
      filters: { id: input.order_id },
    })
    const [order] = graphRows<OrderRow>(orders)
    if (!order?.customer_id || order.status === "canceled") {
      return none()
    }

    const { data: flags } = await query.graph({
      entity: "customer_flag",
      fields: ["id", "purchase_rule", "sales_channels.id"],
      filters: WITH_PURCHASE_RULE,
    })
    const candidates = graphRows<FlagRow>(flags).filter(
      (flag): flag is FlagRow & { purchase_rule: CustomerFlagPurchaseRule } =>
        !!flag.purchase_rule &&
        (!flag.sales_channels?.length ||
          flag.sales_channels.some((channel) => channel?.id === order.sales_channel_id))
    )
    if (!candidates.length) {
      return none(order.customer_id)
    }

    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const given = await service.listCustomerFlagAssignments(
      {
        flag_id: candidates.map((flag) => flag.id),
        customer_id: order.customer_id,
        source: "purchase_rule",
        source_id: order.id,
      },
      { select: ["flag_id"] }
    )
    const givenFlags = new Set(given.map((assignment) => assignment.flag_id))
    const rules = candidates
      .filter((flag) => !givenFlags.has(flag.id))
      .map((flag) => ({ flag_id: flag.id, rule: flag.purchase_rule }))
    if (!rules.length) {
      return none(order.customer_id)
    }

    const flagIds = await matchPurchaseRules(container, rules, {
      id: order.id,
      customer_id: order.customer_id,
    })
    return new StepResponse<PurchaseRuleMatches>({
      customer_id: order.customer_id,
      flag_ids: flagIds,
    })
  }
)

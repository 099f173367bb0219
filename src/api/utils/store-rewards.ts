import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { hasLoyaltyPlugin } from "../../workflows/loyalty/steps/loyalty-plugin"
import type { LoyaltyRewardKind } from "../../modules/customer-loyalty/constants"

export type StoreReward = {
  id: string
  name: string
  description: string | null
  points_cost: number
  kind: LoyaltyRewardKind
  amount: number
  currency_code: string
}

/**
 * The active rewards a member can redeem here, cheapest first. Gift card
 * and store credit rewards are left out when this store cannot deliver
 * them (without @medusajs/loyalty-plugin).
 */
export async function listStoreRewards(scope: MedusaContainer): Promise<StoreReward[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const kinds = hasLoyaltyPlugin(scope)
    ? ["promotion_code", "gift_card", "store_credit"]
    : ["promotion_code"]
  const { data } = await query.graph({
    entity: "loyalty_reward",
    fields: ["id", "name", "description", "points_cost", "kind", "amount", "currency_code"],
    filters: { is_active: true, kind: kinds as any },
    pagination: { order: { points_cost: "ASC", name: "ASC" } },
  })
  return data.map((reward: any) => ({ ...reward, amount: Number(reward.amount) }))
}

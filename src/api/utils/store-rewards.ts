import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { hasLoyaltyPlugin } from "../../workflows/loyalty/steps/loyalty-plugin"
import { REWARD_KINDS, type LoyaltyRewardKind } from "../../modules/customer-loyalty/constants"
import type { StoreLoyaltyReward } from "../../types/http"

export type StoreReward = StoreLoyaltyReward

/** A reward as `query.graph` reads it: `amount` is a big number. */
type RewardRow = Omit<StoreReward, "amount"> & { amount: number | string }

/**
 * The active rewards a member can redeem here, cheapest first. Gift card
 * and store credit rewards are left out when this store cannot deliver
 * them (without @medusajs/loyalty-plugin).
 */
export async function listStoreRewards(scope: MedusaContainer): Promise<StoreReward[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // Gift cards and store credit are paid out through @medusajs/loyalty-plugin.
  const kinds: LoyaltyRewardKind[] = hasLoyaltyPlugin(scope)
    ? [...REWARD_KINDS]
    : ["promotion_code"]
  const { data } = await query.graph({
    entity: "loyalty_reward",
    fields: ["id", "name", "description", "points_cost", "kind", "amount", "currency_code"],
    filters: { is_active: true, kind: kinds },
    pagination: { order: { points_cost: "ASC", name: "ASC" } },
  })
  return data.map((reward: RewardRow) => ({ ...reward, amount: Number(reward.amount) }))
}

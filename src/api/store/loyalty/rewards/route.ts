import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { hasLoyaltyPlugin } from "../../../../workflows/loyalty/steps/loyalty-plugin"

/**
 * The rewards a member can redeem, cheapest first. Public (the publishable
 * key is enough) so a storefront can show them before anyone logs in.
 * Gift card and store credit rewards are left out when this store cannot
 * deliver them (without @medusajs/loyalty-plugin).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const kinds = hasLoyaltyPlugin(req.scope)
    ? ["promotion_code", "gift_card", "store_credit"]
    : ["promotion_code"]
  const { data } = await query.graph({
    entity: "loyalty_reward",
    fields: [
      "id",
      "name",
      "description",
      "points_cost",
      "kind",
      "amount",
      "currency_code",
    ],
    filters: { is_active: true, kind: kinds as any },
    pagination: { order: { points_cost: "ASC", name: "ASC" } },
  })
  res.json({
    rewards: data.map((reward) => ({ ...reward, amount: Number(reward.amount) })),
  })
}

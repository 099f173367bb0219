import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreRewards } from "../../../utils/store-rewards"
import type { StoreLoyaltyRewardsResponse } from "../../../../types/http"

/**
 * The rewards a member can redeem, cheapest first. Public (the publishable
 * key is enough) so a storefront can show them before anyone logs in.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreLoyaltyRewardsResponse>) => {
  res.json({ rewards: await listStoreRewards(req.scope) })
}

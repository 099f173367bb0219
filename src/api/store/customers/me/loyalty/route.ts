import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCustomerLoyaltyAccount } from "../../../../utils/loyalty-account"
import type { Served, StoreLoyaltyAccountResponse } from "../../../../../types/http"

/**
 * The logged-in customer's membership: balances, tier and the next tier
 * with the points still needed; `null` before they have one.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<StoreLoyaltyAccountResponse>>
) => {
  const loyalty_account = await retrieveCustomerLoyaltyAccount(
    req.scope,
    req.auth_context.actor_id,
    "store"
  )
  res.json({ loyalty_account })
}

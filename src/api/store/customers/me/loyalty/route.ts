import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveCustomerLoyaltyAccount } from "../../../../utils/loyalty-account"

/**
 * The logged-in customer's membership: balances, tier and the next tier
 * with the points still needed; `null` before they have one.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const loyalty_account = await retrieveCustomerLoyaltyAccount(
    req.scope,
    req.auth_context.actor_id,
    "store"
  )
  res.json({ loyalty_account })
}

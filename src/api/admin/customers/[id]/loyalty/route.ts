import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCustomerLoyaltyAccount } from "../../../../utils/loyalty-account"
import type { AdminCustomerLoyaltyResponse, Served } from "../../../../../types/http"

/**
 * The customer's membership with balances, tier, next tier and members;
 * `null` when they have none (404 only for an unknown customer).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerLoyaltyResponse>>
) => {
  const loyalty_account = await retrieveCustomerLoyaltyAccount(req.scope, req.params.id, "admin")
  res.json({ loyalty_account })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerOffers } from "../../../../utils/customer-offers"
import type { Served, StoreOffersResponse } from "../../../../../types/http"

/** The logged-in customer's benefits; never the flag or tier behind them. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<StoreOffersResponse>>
) => {
  const offers = await listCustomerOffers(req.scope, req.auth_context.actor_id)
  res.json({ offers })
}

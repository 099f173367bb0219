import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerOffers } from "../../../../utils/customer-offers"

/** The logged-in customer's benefits; never the flag or tier behind them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const offers = await listCustomerOffers(req.scope, req.auth_context.actor_id)
  res.json({ offers })
}

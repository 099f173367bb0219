import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCartLoyalty } from "../../../../utils/cart-loyalty"
import type { StoreCartLoyaltyResponse } from "../../../../../types/http"

/**
 * The points the cart will earn and, for its own logged-in customer, the
 * rewards they can afford now. A customer session is optional (see the
 * middleware); another customer's cart is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreCartLoyaltyResponse>
) => {
  const cart_loyalty = await retrieveCartLoyalty(
    req.scope,
    req.params.id,
    req.auth_context?.actor_id
  )
  res.json({ cart_loyalty })
}

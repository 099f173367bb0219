import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemRewardWorkflow } from "../../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../../utils/conflict-error"
import { redemptionView } from "../../../../../utils/redemption-view"
import { listCustomerRedemptions } from "../../../../../utils/customer-redemptions"
import {
  StoreCreateLoyaltyRedemptionType,
  StoreGetLoyaltyRedemptionsParamsType,
} from "../validators"
import type {
  Served,
  StoreLoyaltyRedemptionResponse,
  StoreLoyaltyRedemptionsResponse,
} from "../../../../../../types/http"

/**
 * The logged-in customer's own redemptions, newest first, with their codes
 * and whether each can still be spent (see listCustomerRedemptions), so a
 * code is never lost once the page that showed it is closed.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<StoreLoyaltyRedemptionsResponse>>
) => {
  const { limit, offset } = req.validatedQuery as StoreGetLoyaltyRedemptionsParamsType
  const { redemptions, count } = await listCustomerRedemptions(
    req.scope,
    req.auth_context.actor_id,
    { limit, offset }
  )
  res.json({ redemptions, count, limit, offset })
}

/**
 * Redeems points for a reward. The points are taken under a lock on the
 * membership, so many requests at once never spend more than there is:
 * those that would are answered 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateLoyaltyRedemptionType>,
  res: MedusaResponse<Served<StoreLoyaltyRedemptionResponse>>
) => {
  const { result } = await withConflictMessage(() =>
    redeemRewardWorkflow(req.scope).run({
      input: {
        customer_id: req.auth_context.actor_id,
        reward_id: req.validatedBody.reward_id,
      },
    })
  )
  res.status(201).json({ redemption: redemptionView(result) })
}

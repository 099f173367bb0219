import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemRewardWorkflow } from "../../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../../utils/conflict-error"
import { listCustomerRedemptions } from "../../../../../utils/customer-redemptions"
import { retrieveLoyaltyAccount } from "../../../../../utils/loyalty-account"
import { redemptionView } from "../../../../../utils/redemption-view"
import { assertCustomerExists } from "../../../helpers"
import {
  AdminCreateLoyaltyRedemptionType,
  AdminGetCustomerLoyaltyRedemptionsParamsType,
} from "../validators"
import type {
  AdminCustomerRedemptionsResponse,
  AdminLoyaltyRedemptionResponse,
  Served,
} from "../../../../../../types/http"

/**
 * The rewards the customer redeemed, newest first, with their codes and
 * whether each can still be spent: what the shopper's "Your rewards" shows,
 * so staff can read a code out again after the page that made it is gone.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerRedemptionsResponse>>
) => {
  const customerId = req.params.id
  await assertCustomerExists(req.scope, customerId)
  const { limit, offset } = req.validatedQuery as AdminGetCustomerLoyaltyRedemptionsParamsType
  const { redemptions, count } = await listCustomerRedemptions(req.scope, customerId, {
    limit,
    offset,
  })
  res.json({ redemptions, count, limit, offset })
}

/**
 * Staff redeem a reward for the customer: the store's redemption workflow,
 * with the admin user recorded as the actor on the ledger entry. The points
 * are taken under a lock on the membership, so many requests at once never
 * spend more than there is: those that would are answered 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLoyaltyRedemptionType>,
  res: MedusaResponse<Served<AdminLoyaltyRedemptionResponse>>
) => {
  const customerId = req.params.id
  await assertCustomerExists(req.scope, customerId)
  const { result } = await withConflictMessage(() =>
    redeemRewardWorkflow(req.scope).run({
      input: {
        customer_id: customerId,
        reward_id: req.validatedBody.reward_id,
        actor: req.auth_context.actor_id,
      },
    })
  )
  const loyalty_account = await retrieveLoyaltyAccount(req.scope, result.account_id, "admin")
  res.status(201).json({
    redemption: {
      ...redemptionView(result),
      customer_id: result.customer_id,
      entry_id: result.entry_id,
      redeemed_by: req.auth_context.actor_id,
    },
    loyalty_account,
  })
}

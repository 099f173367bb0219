import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeLoyaltyAccountMemberWorkflow } from "../../../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../../../utils/conflict-error"
import { retrieveLoyaltyAccount } from "../../../../../../utils/loyalty-account"
import type { AdminRemoveLoyaltyMemberResponse, Served } from "../../../../../../../types/http"

/**
 * Takes a customer out of a shared membership: the pooled points stay, the
 * customer gets a new, empty membership (`new_loyalty_account`). 404 when
 * they are not a member; 409 for the last member (close the membership
 * instead).
 */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminRemoveLoyaltyMemberResponse>>
) => {
  const { result } = await withConflictMessage(() =>
    removeLoyaltyAccountMemberWorkflow(req.scope).run({
      input: {
        account_id: req.params.id,
        customer_id: req.params.customer_id,
        actor: req.auth_context.actor_id,
      },
    })
  )
  const [loyalty_account, new_loyalty_account] = await Promise.all([
    retrieveLoyaltyAccount(req.scope, result.account_id, "admin"),
    retrieveLoyaltyAccount(req.scope, result.new_account_id, "admin"),
  ])
  res.json({ loyalty_account, new_loyalty_account })
}

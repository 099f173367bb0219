import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addLoyaltyAccountMemberWorkflow } from "../../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../../utils/conflict-error"
import { retrieveLoyaltyAccount } from "../../../../../utils/loyalty-account"
import { AdminAddLoyaltyAccountMemberType } from "../../../validators"
import type { AdminLoyaltyAccountResponse, Served } from "../../../../../../types/http"

/**
 * Adds a customer to a membership (a household). Their own points come
 * along; one who shares another membership must leave it first (409).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddLoyaltyAccountMemberType>,
  res: MedusaResponse<Served<AdminLoyaltyAccountResponse>>
) => {
  await withConflictMessage(() =>
    addLoyaltyAccountMemberWorkflow(req.scope).run({
      input: {
        account_id: req.params.id,
        customer_id: req.validatedBody.customer_id,
        actor: req.auth_context.actor_id,
      },
    })
  )
  const loyalty_account = await retrieveLoyaltyAccount(req.scope, req.params.id, "admin")
  res.json({ loyalty_account })
}

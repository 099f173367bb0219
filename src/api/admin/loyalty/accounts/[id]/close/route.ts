import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeLoyaltyAccountWorkflow } from "../../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../../utils/conflict-error"
import { retrieveLoyaltyAccount } from "../../../../../utils/loyalty-account"
import { AdminCloseLoyaltyAccountType } from "../../../validators"
import type { AdminLoyaltyAccountResponse, Served } from "../../../../../../types/http"

/** Closes a membership: its points go to zero and its members are released. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCloseLoyaltyAccountType>,
  res: MedusaResponse<Served<AdminLoyaltyAccountResponse>>
) => {
  await retrieveLoyaltyAccount(req.scope, req.params.id, "admin")
  await withConflictMessage(() =>
    closeLoyaltyAccountWorkflow(req.scope).run({
      input: {
        account_id: req.params.id,
        reason: req.validatedBody.reason,
        actor: req.auth_context.actor_id,
      },
    })
  )
  const loyalty_account = await retrieveLoyaltyAccount(req.scope, req.params.id, "admin")
  res.json({ loyalty_account })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setLoyaltyAccountIdentifierWorkflow } from "../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../utils/conflict-error"
import { retrieveLoyaltyAccount } from "../../../../utils/loyalty-account"
import { AdminUpdateLoyaltyAccountType } from "../../validators"
import type { AdminLoyaltyAccountResponse, Served } from "../../../../../types/http"

/** One membership, as the customer card shows it. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyAccountResponse>>
) => {
  const loyalty_account = await retrieveLoyaltyAccount(req.scope, req.params.id, "admin")
  res.json({ loyalty_account })
}

/**
 * Sets the membership's identifier (a card number, a barcode; null clears
 * it). 409 when another membership has it.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyAccountType>,
  res: MedusaResponse<Served<AdminLoyaltyAccountResponse>>
) => {
  await withConflictMessage(() =>
    setLoyaltyAccountIdentifierWorkflow(req.scope).run({
      input: { account_id: req.params.id, identifier: req.validatedBody.identifier },
    })
  )
  const loyalty_account = await retrieveLoyaltyAccount(req.scope, req.params.id, "admin")
  res.json({ loyalty_account })
}

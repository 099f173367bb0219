import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { findLoyaltyAccountIdOfCustomer } from "../../../../../utils/loyalty-account"
import { listAccountEntries } from "../../../../../utils/loyalty-entries"
import { StoreGetLoyaltyEntriesParamsType } from "../validators"

/**
 * The history of the logged-in customer's membership, newest first (in a
 * household, every member's entries: they share the balance they explain),
 * optionally of some types only (`?type=earn,redeem`).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, cursor, type } = req.validatedQuery as StoreGetLoyaltyEntriesParamsType
  const accountId = await findLoyaltyAccountIdOfCustomer(
    req.scope,
    req.auth_context.actor_id
  )
  const { entries, count, next_cursor } = await listAccountEntries(
    req.scope,
    accountId,
    { limit, offset, cursor, type },
    "store"
  )
  res.json({ entries, count, next_cursor, offset, limit })
}

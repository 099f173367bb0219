import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findLoyaltyMembershipOfCustomer } from "../../../../../utils/loyalty-account"
import { listAccountEntries } from "../../../../../utils/loyalty-entries"
import { StoreGetLoyaltyEntriesParamsType } from "../validators"
import type { Served, StoreLoyaltyEntriesResponse } from "../../../../../../types/http"

/**
 * The history of the logged-in customer's membership, newest first (in a
 * household, every member's entries since this one joined: they share the
 * balance; what others did before is not theirs to read), optionally of
 * some types only (`?type=earn,redeem`).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<StoreLoyaltyEntriesResponse>>
) => {
  const { limit, offset, cursor, type } = req.validatedQuery as StoreGetLoyaltyEntriesParamsType
  const customerId = req.auth_context.actor_id
  const membership = await findLoyaltyMembershipOfCustomer(req.scope, customerId)
  const { entries, count, next_cursor } = await listAccountEntries(
    req.scope,
    membership?.account_id ?? null,
    {
      limit,
      offset,
      cursor,
      type,
      viewer: membership ? { customer_id: customerId, joined_at: membership.joined_at } : undefined,
    },
    "store"
  )
  res.json({ entries, count, next_cursor, offset, limit })
}

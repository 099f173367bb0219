import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLoyaltyAccounts } from "../../../utils/loyalty-account"
import { searchLoyaltyAccountIds } from "../../../utils/loyalty-account-search"
import { AdminGetLoyaltyAccountsParamsType } from "../validators"
import type { AdminLoyaltyAccountListResponse, Served } from "../../../../types/http"

/**
 * The memberships whose member number starts with `q`, whose identifier is
 * `q`, or that have a
 * member whose email or name contains `q` (wildcards in `q` match
 * themselves), by tier and status, newest first; `next_cursor` is the
 * `cursor` of the next page (null on the last).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLoyaltyAccountsParamsType>,
  res: MedusaResponse<Served<AdminLoyaltyAccountListResponse>>
) => {
  const { q, tier_id, status, limit, offset, cursor } =
    req.validatedQuery as AdminGetLoyaltyAccountsParamsType
  const { ids, count, next_cursor } = await searchLoyaltyAccountIds(
    req.scope,
    { q, tier_id, status },
    { limit, offset, cursor }
  )
  const loyalty_accounts = await loadLoyaltyAccounts(req.scope, ids, "admin")
  res.json({ loyalty_accounts, count, next_cursor, offset, limit })
}

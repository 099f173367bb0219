import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findStaffLoyaltyAccountIdOfCustomer } from "../../../../../utils/loyalty-account"
import { listAccountEntries } from "../../../../../utils/loyalty-entries"
import { assertCustomerExists } from "../../../helpers"
import { AdminGetCustomerLoyaltyEntriesParamsType } from "../validators"
import type { AdminCustomerLoyaltyEntriesResponse, Served } from "../../../../../../types/http"

/**
 * The entries of the customer's membership (every member's), newest first;
 * of the last closed one when they are in none.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerLoyaltyEntriesResponse>>
) => {
  const { type, limit, offset, cursor } =
    req.validatedQuery as AdminGetCustomerLoyaltyEntriesParamsType
  await assertCustomerExists(req.scope, req.params.id)
  const accountId = await findStaffLoyaltyAccountIdOfCustomer(req.scope, req.params.id)
  const { entries, count, next_cursor } = await listAccountEntries(
    req.scope,
    accountId,
    { type, limit, offset, cursor },
    "admin"
  )
  res.json({ entries, count, next_cursor, offset, limit })
}

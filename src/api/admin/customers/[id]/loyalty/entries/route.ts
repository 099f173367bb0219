import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { findLoyaltyAccountIdOfCustomer } from "../../../../../utils/loyalty-account"
import { listAccountEntries } from "../../../../../utils/loyalty-entries"
import { assertCustomerExists } from "../../../helpers"
import { AdminGetCustomerLoyaltyEntriesParamsType } from "../validators"

/** The entries of the customer's membership (every member's), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { type, limit, offset, cursor } =
    req.validatedQuery as AdminGetCustomerLoyaltyEntriesParamsType
  await assertCustomerExists(req.scope, req.params.id)
  const accountId = await findLoyaltyAccountIdOfCustomer(req.scope, req.params.id)
  const { entries, count, next_cursor } = await listAccountEntries(
    req.scope,
    accountId,
    { type, limit, offset, cursor },
    "admin"
  )
  res.json({ entries, count, next_cursor, offset, limit })
}

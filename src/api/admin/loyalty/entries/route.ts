import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEntriesReport } from "../../../utils/loyalty-entries-report"
import { toDateRange } from "../../../utils/loyalty-validators"
import { AdminGetLoyaltyEntriesParamsType } from "../validators"
import type { AdminLoyaltyReportResponse, Served } from "../../../../types/http"

/**
 * Ledger entries across all memberships, newest first, each with its
 * member number and customer; `totals` cover the whole filter, not the page.
 * `next_cursor` is the `cursor` of the next page (null on the last);
 * `with_totals=false` leaves out `count` and `totals`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltyReportResponse>>
) => {
  const { limit, offset, cursor, with_totals, from, to, ...filters } =
    req.validatedQuery as AdminGetLoyaltyEntriesParamsType
  const report = await listEntriesReport(
    req.scope,
    { ...filters, ...toDateRange({ from, to }) },
    { limit, offset, cursor },
    { withTotals: with_totals }
  )
  res.json({ ...report, offset, limit })
}

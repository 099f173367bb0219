import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { entriesTotals } from "../../../../utils/loyalty-entries-report"
import { toDateRange } from "../../../../utils/loyalty-validators"
import { AdminGetLoyaltyEntriesTotalsParamsType } from "../../validators"
import type { AdminLoyaltyReportTotalsResponse } from "../../../../../types/http"

/**
 * The count and point totals of the points report's filter, on their own,
 * so the report's page does not wait for them. Filters on dates, types and
 * statuses read the per-day summary; with a customer or a search, past
 * 10,000 entries `count_capped` is true and `totals` null.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyReportTotalsResponse>
) => {
  const { from, to, ...filters } = req.validatedQuery as AdminGetLoyaltyEntriesTotalsParamsType
  res.json(await entriesTotals(req.scope, { ...filters, ...toDateRange({ from, to }) }))
}

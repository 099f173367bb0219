import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { mondayOf } from "../../../../modules/customer-loyalty/ledger"
import { weeklyPoints } from "../../../utils/loyalty-entries-report"
import { toDateRange } from "../../../utils/loyalty-validators"
import { AdminGetLoyaltyWeeklyParamsType } from "../validators"
import type { AdminLoyaltyWeeklyResponse } from "../../../../types/http"

const WEEK = 7 * 24 * 60 * 60 * 1000
const MAX_WEEKS = 520

/**
 * Points earned, redeemed, adjusted, expired and reversed per ISO week
 * (weeks start on Monday, UTC), for the report chart: the last 12 weeks
 * unless `from`/`to` say, under the report's filters (type, status,
 * customer, search). Signed as in the ledger: redeemed and expired are
 * negative. Only the days from `from` to `to` count, so a range that
 * starts or ends mid-week has partial first and last weeks, as its totals.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyWeeklyResponse>
) => {
  const {
    from: fromParam,
    to: toParam,
    ...filters
  } = req.validatedQuery as AdminGetLoyaltyWeeklyParamsType
  const range = toDateRange({ from: fromParam, to: toParam })
  const to = range.before ? new Date(range.before.getTime() - 1) : new Date()
  // Without `from`, the 12 weeks up to `to`'s, whole.
  const from = range.from ?? mondayOf(new Date(to.getTime() - 11 * WEEK))
  if (to.getTime() - from.getTime() > MAX_WEEKS * WEEK) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Field 'from' must be at most ${MAX_WEEKS} weeks before 'to'`
    )
  }
  res.json({ weeks: await weeklyPoints(req.scope, from, to, filters) })
}

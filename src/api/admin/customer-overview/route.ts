import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerOverview, overviewRequest } from "./helpers"
import { AdminGetCustomerOverviewParamsType } from "./validators"
import type { AdminCustomerOverviewResponse, Served } from "../../../types/http"

/**
 * Customers with their sales (in one currency: the store's default unless
 * `currency_code`), flags, points and tier; filtered, sorted and paged in
 * one statement.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerOverviewResponse>>
) => {
  const { limit, offset, ...params } = req.validatedQuery as AdminGetCustomerOverviewParamsType
  const request = await overviewRequest(req.scope, params)
  const { customers, count } = await listCustomerOverview(req.scope, request, {
    limit,
    offset,
  })
  res.json({ customers, count, offset, limit })
}

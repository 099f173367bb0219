import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerBenefitsForStaff } from "../../../../utils/customer-benefits"
import { assertCustomerExists } from "../../helpers"
import type { AdminCustomerBenefitsResponse, Served } from "../../../../../types/http"

/**
 * What the customer may use now, as staff at the box office see it: their
 * flag and tier benefits with what is left of each, and the rewards their
 * points can buy.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerBenefitsResponse>>
) => {
  await assertCustomerExists(req.scope, req.params.id)
  res.json(await listCustomerBenefitsForStaff(req.scope, req.params.id))
}

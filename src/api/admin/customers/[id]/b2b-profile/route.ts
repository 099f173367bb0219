import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertCustomerBusinessProfileWorkflow } from "../../../../../workflows/customer-insights/profile"
import { assertCustomerExists } from "../../helpers"
import { fetchB2BProfile } from "./helpers"
import { AdminUpsertB2BProfileType } from "./validators"
import type { AdminB2BProfileResponse, Served } from "../../../../../types/http"

/** The customer's B2B profile, or `null`. Staff only: no store route reads it. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminB2BProfileResponse>>
) => {
  await assertCustomerExists(req.scope, req.params.id)
  res.json({ b2b_profile: await fetchB2BProfile(req.scope, req.params.id) })
}

/** Creates the profile or changes the fields given (null clears one). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpsertB2BProfileType>,
  res: MedusaResponse<Served<AdminB2BProfileResponse>>
) => {
  await upsertCustomerBusinessProfileWorkflow(req.scope).run({
    input: { customer_id: req.params.id, ...req.validatedBody },
  })
  res.json({ b2b_profile: await fetchB2BProfile(req.scope, req.params.id) })
}

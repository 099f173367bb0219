import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setFlagPurchaseRuleWorkflow } from "../../../../../workflows/customer-flags"
import { assertCatalogIdsExist } from "../../../../utils/catalog-ids"
import { refetchCustomerFlag } from "../../helpers"
import { AdminSetFlagPurchaseRuleType } from "../../validators"
import type { AdminCustomerFlagResponse, Served } from "../../../../../types/http"

/** Sets the flag's purchase rule ("Connections"), replacing any earlier one. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetFlagPurchaseRuleType>,
  res: MedusaResponse<Served<AdminCustomerFlagResponse>>
) => {
  // 404 for a missing flag before looking at the catalogue.
  await refetchCustomerFlag(req.scope, req.params.id, ["id"])
  await assertCatalogIdsExist(req.scope, req.validatedBody)
  await setFlagPurchaseRuleWorkflow(req.scope).run({
    input: { flag_id: req.params.id, purchase_rule: req.validatedBody },
  })
  const customer_flag = await refetchCustomerFlag(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ customer_flag })
}

/** Removes the flag's purchase rule. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerFlagResponse>>
) => {
  await refetchCustomerFlag(req.scope, req.params.id, ["id"])
  await setFlagPurchaseRuleWorkflow(req.scope).run({
    input: { flag_id: req.params.id, purchase_rule: null },
  })
  const customer_flag = await refetchCustomerFlag(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ customer_flag })
}

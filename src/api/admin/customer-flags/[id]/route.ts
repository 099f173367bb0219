import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteCustomerFlagsWorkflow,
  updateCustomerFlagWorkflow,
} from "../../../../workflows/customer-flags"
import { withConflictMessage } from "../../../utils/conflict-error"
import { refetchCustomerFlag } from "../helpers"
import { assertIconChangeAllowed } from "../icon-names"
import { AdminUpdateCustomerFlagType } from "../validators"
import type {
  AdminCustomerFlagDeleteResponse,
  AdminCustomerFlagResponse,
  Served,
} from "../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerFlagResponse>>
) => {
  const customer_flag = await refetchCustomerFlag(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ customer_flag })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCustomerFlagType>,
  res: MedusaResponse<Served<AdminCustomerFlagResponse>>
) => {
  if (req.validatedBody.icon !== undefined) {
    const stored = await refetchCustomerFlag(req.scope, req.params.id, ["id", "icon"])
    // `icon` is a text column (the response type lets strings be dates).
    assertIconChangeAllowed(req.validatedBody.icon, String(stored.icon))
  }
  const { additional_data, ...update } = req.validatedBody
  await withConflictMessage(() =>
    updateCustomerFlagWorkflow(req.scope).run({
      input: { id: req.params.id, update, additional_data },
    })
  )
  const customer_flag = await refetchCustomerFlag(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ customer_flag })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCustomerFlagDeleteResponse>
) => {
  await deleteCustomerFlagsWorkflow(req.scope).run({
    input: { ids: [req.params.id], deleted_by: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, object: "customer_flag", deleted: true })
}

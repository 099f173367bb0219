import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeCustomerFlagsWorkflow } from "../../../../../../workflows/customer-flags"
import { assertCustomerExists, listActiveFlagAssignments } from "../../../helpers"

/** Takes the flag off the customer; the assignment is kept as history. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id: customer_id, flag_id } = req.params
  await assertCustomerExists(req.scope, customer_id)
  const [active] = await listActiveFlagAssignments(req.scope, {
    customer_id,
    flag_id,
  })
  if (!active) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer ${customer_id} does not have the customer flag ${flag_id}`
    )
  }

  await removeCustomerFlagsWorkflow(req.scope).run({
    input: {
      pairs: [{ flag_id, customer_id }],
      removed_by: req.auth_context.actor_id,
    },
  })
  res.json({ id: active.id, object: "customer_flag_assignment", deleted: true })
}

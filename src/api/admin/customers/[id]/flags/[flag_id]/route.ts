import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeCustomerFlagsWorkflow } from "../../../../../../workflows/customer-flags"
import { withConflictMessage } from "../../../../../utils/conflict-error"
import { assertCustomerExists, listActiveFlagAssignments } from "../../../helpers"
import type { AdminCustomerFlagAssignmentDeleteResponse } from "../../../../../../types/http"

/** Takes the flag off the customer; the assignment is kept as history. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCustomerFlagAssignmentDeleteResponse>
) => {
  const { id: customer_id, flag_id } = req.params
  await assertCustomerExists(req.scope, customer_id)
  const notFound = () =>
    new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer ${customer_id} does not have the customer flag ${flag_id}`
    )
  const [active] = await listActiveFlagAssignments(req.scope, {
    customer_id,
    flag_id,
  })
  if (!active) {
    throw notFound()
  }

  const { result: ended } = await withConflictMessage(() =>
    removeCustomerFlagsWorkflow(req.scope).run({
      input: {
        pairs: [{ flag_id, customer_id }],
        removed_by: req.auth_context.actor_id,
      },
    })
  )
  // A parallel removal may have ended it in the meantime.
  if (!ended.length) {
    throw notFound()
  }
  res.json({ id: ended[0].id, object: "customer_flag_assignment", deleted: true })
}

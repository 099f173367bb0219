import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignCustomerFlagsWorkflow } from "../../../../../workflows/customer-flags"
import { withConflictMessage } from "../../../../utils/conflict-error"
import { assertCustomerExists, listActiveFlagAssignments, listFlagAssignments } from "../../helpers"
import { AdminAssignCustomerFlagType } from "../../validators"
import type {
  AdminCustomerFlagAssignmentResponse,
  AdminCustomerFlagAssignmentsResponse,
  Served,
} from "../../../../../types/http"

/** The customer's active flags, oldest first, each with its flag. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminCustomerFlagAssignmentsResponse>>
) => {
  await assertCustomerExists(req.scope, req.params.id)
  const flag_assignments = await listActiveFlagAssignments(req.scope, {
    customer_id: req.params.id,
  })
  res.json({ flag_assignments })
}

/** Gives the customer a flag, or renews it if they have it already. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAssignCustomerFlagType>,
  res: MedusaResponse<Served<AdminCustomerFlagAssignmentResponse>>
) => {
  const { flag_id, note, expires_at } = req.validatedBody
  const { result } = await withConflictMessage(() =>
    assignCustomerFlagsWorkflow(req.scope).run({
      input: {
        assignments: [{ flag_id, customer_id: req.params.id, note, expires_at }],
        source: "manual",
        assigned_by: req.auth_context.actor_id,
      },
    })
  )
  // By id, active or not: a parallel call may already have renewed or
  // removed what this one created.
  const [flag_assignment] = await listFlagAssignments(req.scope, {
    id: result[0].id,
  })
  res.status(201).json({ flag_assignment })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import { adjustPointsWorkflow } from "../../../../../../workflows/loyalty"
import { withConflictMessage } from "../../../../../utils/conflict-error"
import { retrieveLoyaltyAccount } from "../../../../../utils/loyalty-account"
import { retrieveAdminEntry } from "../../../../../utils/loyalty-entries"
import { assertCustomerExists } from "../../../helpers"
import { AdminCreateLoyaltyAdjustmentType } from "../validators"
import type { AdminLoyaltyAdjustmentResponse, Served } from "../../../../../../types/http"

/**
 * Adds (points > 0) or takes away (points < 0) points by hand. A retried
 * request with the same `Idempotency-Key` header posts once and answers
 * with the entry it posted the first time. Taking more than is available
 * is a 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateLoyaltyAdjustmentType>,
  res: MedusaResponse<Served<AdminLoyaltyAdjustmentResponse>>
) => {
  const customerId = req.params.id
  await assertCustomerExists(req.scope, customerId)
  const header = req.get("idempotency-key")?.trim()
  // Scoped to the customer so that a key reused for someone else can never
  // hand back another customer's entry.
  const idempotencyKey = header ? `${customerId}:${header}` : generateEntityId(undefined, "adj")

  const { result: posted } = await withConflictMessage(() =>
    adjustPointsWorkflow(req.scope).run({
      input: {
        customer_id: customerId,
        points: req.validatedBody.points,
        description: req.validatedBody.description,
        actor: req.auth_context.actor_id,
        idempotency_key: idempotencyKey,
        additional_data: req.validatedBody.additional_data,
      },
    })
  )

  const [entry, loyalty_account] = await Promise.all([
    retrieveAdminEntry(req.scope, posted.entry.id),
    retrieveLoyaltyAccount(req.scope, posted.entry.account_id, "admin"),
  ])
  res.status(posted.duplicate ? 200 : 201).json({ entry, loyalty_account })
}

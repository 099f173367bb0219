import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteCustomerNoteWorkflow,
  updateCustomerNoteWorkflow,
} from "../../../../../../workflows/customer-insights/notes"
import { refetchNote } from "../helpers"
import { AdminUpdateCustomerNoteType } from "../validators"
import type {
  AdminCustomerNoteDeleteResponse,
  AdminCustomerNoteResponse,
  Served,
} from "../../../../../../types/http"

/** Changes the text of one's own note; the earlier text goes to `revisions`. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCustomerNoteType>,
  res: MedusaResponse<Served<AdminCustomerNoteResponse>>
) => {
  await updateCustomerNoteWorkflow(req.scope).run({
    input: {
      id: req.params.note_id,
      customer_id: req.params.id,
      body: req.validatedBody.body,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ note: await refetchNote(req.scope, req.params.note_id) })
}

/** Deletes one's own note; it stays in the history (`?include_deleted=true`). */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCustomerNoteDeleteResponse>
) => {
  await deleteCustomerNoteWorkflow(req.scope).run({
    input: {
      id: req.params.note_id,
      customer_id: req.params.id,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ id: req.params.note_id, object: "customer_note", deleted: true })
}

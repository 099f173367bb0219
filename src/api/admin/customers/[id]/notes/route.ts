import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCustomerNoteWorkflow } from "../../../../../workflows/customer-insights/notes"
import { listPage } from "../../../../utils/list-page"
import { assertCustomerExists } from "../../helpers"
import { listNotes, refetchNote } from "./helpers"
import { AdminCreateCustomerNoteType, AdminGetCustomerNotesParamsType } from "./validators"
import type {
  AdminCustomerNoteListResponse,
  AdminCustomerNoteResponse,
  Served,
} from "../../../../../types/http"

/**
 * Staff notes on the customer, newest first, each with its author.
 * `?include_deleted=true` adds deleted notes with `deleted_at` and `deleted_by`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerNotesParamsType>,
  res: MedusaResponse<Served<AdminCustomerNoteListResponse>>
) => {
  await assertCustomerExists(req.scope, req.params.id)
  const { notes, metadata } = await listNotes(req.scope, req.params.id, {
    include_deleted: req.validatedQuery.include_deleted,
    skip: req.queryConfig.pagination.skip,
    take: req.queryConfig.pagination.take,
  })
  res.json(listPage("notes", notes, metadata))
}

/** Adds a note written by the signed-in admin. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerNoteType>,
  res: MedusaResponse<Served<AdminCustomerNoteResponse>>
) => {
  const { result } = await createCustomerNoteWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      body: req.validatedBody.body,
      author_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ note: await refetchNote(req.scope, result.id) })
}

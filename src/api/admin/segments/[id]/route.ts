import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSegmentsWorkflow, updateSegmentWorkflow } from "../../../../workflows/segments"
import { withConflictMessage } from "../../../utils/conflict-error"
import { refetchSegment } from "../helpers"
import { AdminUpdateSegmentType } from "../validators"
import type {
  AdminSegmentDeleteResponse,
  AdminSegmentResponse,
  Served,
} from "../../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminSegmentResponse>>
) => {
  const segment = await refetchSegment(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ segment })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSegmentType>,
  res: MedusaResponse<Served<AdminSegmentResponse>>
) => {
  await refetchSegment(req.scope, req.params.id, ["id"])
  await withConflictMessage(() =>
    updateSegmentWorkflow(req.scope).run({
      input: { id: req.params.id, ...req.validatedBody },
    })
  )
  const segment = await refetchSegment(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ segment })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSegmentDeleteResponse>
) => {
  await refetchSegment(req.scope, req.params.id, ["id"])
  await deleteSegmentsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "segment", deleted: true })
}

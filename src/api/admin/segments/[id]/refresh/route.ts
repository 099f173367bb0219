import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshSegmentWorkflow } from "../../../../../workflows/segments"
import { refetchSegment } from "../../helpers"
import type { AdminSegmentRefreshResponse, Served } from "../../../../../types/http"

/** Re-evaluates the segment now; answers with how many entered and left. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminSegmentRefreshResponse>>
) => {
  const { result } = await refreshSegmentWorkflow(req.scope).run({
    input: { segment_id: req.params.id },
  })
  const segment = await refetchSegment(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ segment, entered: result.entered, left: result.left })
}

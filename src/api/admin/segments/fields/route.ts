import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEGMENT_FIELDS } from "../../../../segments"
import { segmentTimezone } from "../helpers"
import type { AdminSegmentFieldsResponse } from "../../../../types/http"

/** What a rule can test: fields, their operators and options (for builders). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSegmentFieldsResponse>
) => {
  res.json({ fields: [...SEGMENT_FIELDS], timezone: segmentTimezone(req.scope) })
}

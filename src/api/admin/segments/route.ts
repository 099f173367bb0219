import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSegmentWorkflow } from "../../../workflows/segments"
import { withConflictMessage } from "../../utils/conflict-error"
import { formatSegment, refetchSegment, segmentTimezone } from "./helpers"
import { AdminCreateSegmentType, AdminGetSegmentsParamsType } from "./validators"
import { listPage } from "../../utils/list-page"
import type { AdminSegmentListResponse, AdminSegmentResponse, Served } from "../../../types/http"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSegmentsParamsType>,
  res: MedusaResponse<Served<AdminSegmentListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_segment",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { name: "ASC" },
    },
  })
  const timezone = segmentTimezone(req.scope)
  res.json(
    listPage(
      "segments",
      data.map((segment) => formatSegment(segment, timezone)),
      metadata
    )
  )
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSegmentType>,
  res: MedusaResponse<Served<AdminSegmentResponse>>
) => {
  const { result } = await withConflictMessage(() =>
    createSegmentWorkflow(req.scope).run({ input: req.validatedBody })
  )
  const segment = await refetchSegment(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ segment })
}

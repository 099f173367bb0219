import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../utils/validate-request"
import { listSegmentsQueryConfig, retrieveSegmentQueryConfig } from "./query-config"
import {
  AdminCreateSegment,
  AdminGetSegmentMembersParams,
  AdminGetSegmentParams,
  AdminGetSegmentsParams,
  AdminPreviewSegment,
  AdminUpdateSegment,
} from "./validators"

const retrieveQuery = validateAndTransformQuery(AdminGetSegmentParams, retrieveSegmentQueryConfig)

export const adminSegmentsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/segments",
    middlewares: [validateAndTransformQuery(AdminGetSegmentsParams, listSegmentsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments",
    middlewares: [validateAndTransformBody(AdminCreateSegment), retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments/preview",
    middlewares: [validateAndTransformBody(AdminPreviewSegment)],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/segments/:id",
    middlewares: [retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSegment), retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments/:id/refresh",
    middlewares: [retrieveQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/:id/members",
    middlewares: [
      // The members route reads SQL directly: no field config.
      validateAndTransformQuery(AdminGetSegmentMembersParams, { defaults: [], isList: false }),
    ],
  },
]

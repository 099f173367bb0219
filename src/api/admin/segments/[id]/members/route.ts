import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listPage } from "../../../../utils/list-page"
import { refetchSegment } from "../../helpers"
import { AdminGetSegmentMembersParamsType } from "../../validators"

/**
 * The segment's members, newest first, each with the time they entered (and
 * left, for former members): `?status=left&entered_after=…` answers "who
 * became a member this week and has already left".
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSegmentMembersParamsType>,
  res: MedusaResponse
) => {
  await refetchSegment(req.scope, req.params.id, ["id"])
  const { status, entered_after, entered_before } = req.validatedQuery
  const entered = {
    ...(entered_after && { $gte: new Date(entered_after) }),
    ...(entered_before && { $lt: new Date(entered_before) }),
  }
  const filters: Record<string, unknown> = {
    segment_id: req.params.id,
    ...(status === "current" && { left_at: null }),
    ...(status === "left" && { left_at: { $ne: null } }),
    ...(Object.keys(entered).length && { entered_at: entered }),
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_segment_membership",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      ...req.queryConfig.pagination,
      // Both descending: the (segment_id, entered_at, id) index read backwards.
      order: req.queryConfig.pagination.order ?? { entered_at: "DESC", id: "DESC" },
    },
  })

  const customers = data.map(({ customer, id, entered_at, left_at }: Record<string, any>) => ({
    id: customer?.id,
    email: customer?.email ?? null,
    first_name: customer?.first_name ?? null,
    last_name: customer?.last_name ?? null,
    membership_id: id,
    entered_at,
    left_at,
  }))
  res.json(listPage("customers", customers, metadata))
}

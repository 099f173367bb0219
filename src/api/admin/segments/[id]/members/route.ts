import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../../modules/customer-loyalty/service"
import { listPage } from "../../../../utils/list-page"
import { refetchSegment } from "../../helpers"
import { AdminGetSegmentMembersParamsType } from "../../validators"

type MembershipRow = {
  id: string
  entered_at: Date
  left_at: Date | null
  customer?: { id: string; email?: string | null; first_name?: string | null; last_name?: string | null } | null
}

/** Newest first, both descending: the (segment_id, entered_at, id) index read backwards. */
const NEWEST_FIRST = { entered_at: "DESC", id: "DESC" } as const

const toMember = ({ customer, id, entered_at, left_at }: MembershipRow) => ({
  id: customer?.id,
  email: customer?.email ?? null,
  first_name: customer?.first_name ?? null,
  last_name: customer?.last_name ?? null,
  membership_id: id,
  entered_at,
  left_at,
})

/**
 * The segment's members, newest first, each with the time they entered (and
 * left, for former members): `?status=left&entered_after=…` answers "who
 * became a member this week and has already left".
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSegmentMembersParamsType>,
  res: MedusaResponse
) => {
  const { status, entered_after, entered_before } = req.validatedQuery
  const order = req.queryConfig.pagination.order ?? NEWEST_FIRST
  if (status === "current" && !entered_after && !entered_before) {
    res.json(await currentMembersPage(req, order))
    return
  }

  await refetchSegment(req.scope, req.params.id, ["id"])
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
    pagination: { ...req.queryConfig.pagination, order },
  })
  res.json(listPage("customers", (data as MembershipRow[]).map(toMember), metadata))
}

/**
 * The page the admin opens: the current members, counted by the segment's
 * kept `member_count` (every write of memberships keeps it in step, in the
 * same transaction), where a COUNT over a segment of 230,000 members cost
 * more than the page itself.
 */
async function currentMembersPage(
  req: AuthenticatedMedusaRequest<unknown, AdminGetSegmentMembersParamsType>,
  order: Record<string, string>
) {
  const segment: Record<string, unknown> = await refetchSegment(req.scope, req.params.id, ["id", "member_count"])
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  const memberships = await req.scope
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .listCustomerSegmentMemberships(
      { segment_id: req.params.id, left_at: null },
      { select: ["id", "customer_id", "entered_at", "left_at"], order, skip, take }
    )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = memberships.length
    ? await query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: memberships.map((membership) => membership.customer_id) },
      })
    : { data: [] }
  const byId = new Map(customers.map((customer: any) => [customer.id, customer]))
  const rows = memberships.map((membership) => ({
    ...membership,
    customer: byId.get(membership.customer_id) ?? { id: membership.customer_id },
  })) as MembershipRow[]
  return listPage("customers", rows.map(toMember), { count: Number(segment.member_count), skip, take })
}

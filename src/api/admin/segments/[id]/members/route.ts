import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../../modules/customer-loyalty/service"
import { pageWithCursor } from "../../../../utils/list-cursor"
import { AdminGetSegmentMembersParamsType } from "../../validators"
import type { AdminSegmentMembersResponse, Served } from "../../../../../types/http"

type Customer = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
}

/**
 * The segment's members, newest first, each with the time they entered (and
 * left, for former members): `?status=left&entered_after=…` answers "who
 * became a member this week and has already left". Paged by `cursor` (the
 * answer's `next_cursor`) at any depth, or by a small `offset`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSegmentMembersParamsType>,
  res: MedusaResponse<Served<AdminSegmentMembersResponse>>
) => {
  const { status, entered_after, entered_before, limit, offset, cursor } = req.validatedQuery
  const segments = req.scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const filter = { status, entered_after, entered_before }

  const [count, memberships] = await Promise.all([
    segments.countSegmentMembers(req.params.id, filter),
    segments.listSegmentMembersPage(req.params.id, filter, {
      // One row more than the page tells whether another follows.
      limit: limit + 1,
      offset,
      after: cursor && { at: cursor.created_at, id: cursor.id },
    }),
  ])
  if (count === null) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Segment with id: ${req.params.id} was not found`
    )
  }
  const page = pageWithCursor(memberships, limit)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = page.rows.length
    ? await query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: page.rows.map((membership) => membership.customer_id) },
      })
    : { data: [] as Customer[] }
  const byId = new Map((customers as Customer[]).map((customer) => [customer.id, customer]))

  res.json({
    customers: page.rows.map(({ id, customer_id, entered_at, left_at }) => {
      const customer = byId.get(customer_id)
      return {
        id: customer_id,
        email: customer?.email ?? null,
        first_name: customer?.first_name ?? null,
        last_name: customer?.last_name ?? null,
        membership_id: id,
        entered_at,
        left_at,
      }
    }),
    count,
    offset,
    limit,
    next_cursor: page.next_cursor,
  })
}

import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadLoyaltyAccounts } from "../../../utils/loyalty-account"
import { AdminGetLoyaltyAccountsParamsType } from "../validators"

/**
 * The memberships whose member number starts with `q`, or that have a
 * member whose email or name matches `q` (the customer module's search).
 * Two queries, whatever the number of customers.
 */
async function searchFilter(scope: MedusaContainer, q: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id"],
    // The customer module's free-text search (email, names, company, phone);
    // `q` is not part of the generated filter type.
    filters: { q } as any,
  })
  const { data: members } = customers.length
    ? await query.graph({
        entity: "loyalty_account_member",
        fields: ["account.id"],
        filters: { customer_id: customers.map((c) => c.id) },
      })
    : { data: [] as { account: { id: string } }[] }
  const accountIds = [...new Set(members.map((m) => m.account?.id).filter(Boolean))]
  return {
    $or: [
      ...(/^\d+$/.test(q) ? [{ member_number: { $like: `${q}%` } }] : []),
      ...(accountIds.length ? [{ id: accountIds }] : []),
      // Nothing matched: a filter that keeps nothing.
      ...(!accountIds.length && !/^\d+$/.test(q) ? [{ id: [] as string[] }] : []),
    ],
  }
}

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLoyaltyAccountsParamsType>,
  res: MedusaResponse
) => {
  const { q, tier_id, status, limit, offset } =
    req.validatedQuery as AdminGetLoyaltyAccountsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {
    ...(tier_id ? { tier_id } : {}),
    ...(status ? { status } : {}),
    ...(q ? await searchFilter(req.scope, q) : {}),
  }
  const { data, metadata } = await query.graph({
    entity: "loyalty_account",
    fields: ["id"],
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const loyalty_accounts = await loadLoyaltyAccounts(
    req.scope,
    data.map((a) => a.id),
    "admin"
  )
  res.json({
    loyalty_accounts,
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** Who is looking: staff see everything, a member sees no staff fields. */
export type LoyaltyAccountView = "admin" | "store"

type Tier = {
  id: string
  name: string
  rank: number
  min_points: number
  basis: "lifetime" | "rolling_12_months"
}

const ACCOUNT_FIELDS = [
  "id",
  "member_number",
  "status",
  "points_available",
  "points_pending",
  "points_lifetime",
  "tier_id",
  "closed_at",
  "close_reason",
  "created_at",
  "members.customer_id",
  "members.joined_at",
]

/** The id of the membership the customer belongs to, if any. */
export async function findLoyaltyAccountIdOfCustomer(
  scope: MedusaContainer,
  customerId: string
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "loyalty_account_member",
    fields: ["account.id"],
    filters: { customer_id: customerId },
  })
  return data[0]?.account?.id ?? null
}

/**
 * Points each account has on the rolling 12-month basis: the lifetime points
 * of entries made available in the last 12 months (what tiers count).
 */
async function rollingPoints(
  scope: MedusaContainer,
  accountIds: string[]
): Promise<Map<string, number>> {
  if (!accountIds.length) {
    return new Map()
  }
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { account_id: string; points: number }[] = await knex("loyalty_entry")
    .select("account_id")
    .select(knex.raw("coalesce(sum(lifetime_points), 0)::integer AS points"))
    .whereIn("account_id", accountIds)
    // Matches the partial indexes on the ledger (all `deleted_at IS NULL`).
    .whereNull("deleted_at")
    .whereRaw(
      "coalesce(available_at, created_at) > now() - interval '12 months'"
    )
    .groupBy("account_id")
  return new Map(rows.map((row) => [row.account_id, Number(row.points)]))
}

/** The tier above the account's own (the lowest one when it has none). */
function nextTierOf(account: Record<string, any>, tiers: Tier[]) {
  if (account.status !== "active") {
    return null
  }
  const current = tiers.find((tier) => tier.id === account.tier_id)
  return current
    ? tiers.find((tier) => tier.rank > current.rank) ?? null
    : tiers[0] ?? null
}

/**
 * Loads memberships and presents them as the API speaks of them: balances,
 * tier, the next tier and the points still needed for it, and members.
 * A handful of queries for any number of accounts; order is kept.
 */
export async function loadLoyaltyAccounts(
  scope: MedusaContainer,
  ids: string[],
  view: LoyaltyAccountView
) {
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: accounts }, { data: tierRows }] = await Promise.all([
    query.graph({ entity: "loyalty_account", fields: ACCOUNT_FIELDS, filters: { id: ids } }),
    query.graph({
      entity: "loyalty_tier",
      fields: ["id", "name", "rank", "min_points", "basis"],
      pagination: { order: { rank: "ASC" } },
    }),
  ])
  const tiers = tierRows as Tier[]

  const nextTiers = new Map(accounts.map((a) => [a.id, nextTierOf(a, tiers)]))
  const needRolling = accounts
    .filter((a) => nextTiers.get(a.id)?.basis === "rolling_12_months")
    .map((a) => a.id)
  const customerIds = [
    ...new Set(
      accounts.flatMap((a) => (a.members ?? []).map((m: any) => m.customer_id))
    ),
  ]
  const [rolling, { data: customers }] = await Promise.all([
    rollingPoints(scope, needRolling),
    customerIds.length
      ? query.graph({
          entity: "customer",
          fields: ["id", "email", "first_name", "last_name"],
          filters: { id: customerIds },
        })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const customerById = new Map(customers.map((c: any) => [c.id, c]))
  const byId = new Map(accounts.map((a) => [a.id, a]))

  return ids.flatMap((id) => {
    const account = byId.get(id)
    if (!account) {
      return []
    }
    const tier = tiers.find((t) => t.id === account.tier_id) ?? null
    const next = nextTiers.get(id) ?? null
    const points =
      next?.basis === "rolling_12_months"
        ? rolling.get(id) ?? 0
        : account.points_lifetime
    const members = [...(account.members ?? [])]
      .filter(Boolean)
      .sort(
        (a: any, b: any) =>
          new Date(a.joined_at).getTime() - new Date(b.joined_at).getTime()
      )
      .map((member: any) => {
        const customer = customerById.get(member.customer_id)
        return view === "admin"
          ? {
              customer_id: member.customer_id,
              joined_at: member.joined_at,
              customer: customer
                ? {
                    id: customer.id,
                    email: customer.email,
                    first_name: customer.first_name,
                    last_name: customer.last_name,
                  }
                : null,
            }
          : { first_name: customer?.first_name ?? null }
      })

    const formatted: Record<string, unknown> = {
      id: account.id,
      member_number: account.member_number,
      status: account.status,
      balance: {
        available: account.points_available,
        pending: account.points_pending,
        lifetime: account.points_lifetime,
      },
      tier: tier
        ? {
            id: tier.id,
            name: tier.name,
            rank: tier.rank,
            min_points: tier.min_points,
            basis: tier.basis,
          }
        : null,
      next_tier: next
        ? {
            id: next.id,
            name: next.name,
            min_points: next.min_points,
            basis: next.basis,
            points_needed: Math.max(0, next.min_points - points),
          }
        : null,
      members,
      closed_at: account.closed_at,
      ...(view === "admin" ? { close_reason: account.close_reason } : {}),
      created_at: account.created_at,
    }
    return [formatted]
  })
}

/** One membership, formatted; a 404 when it does not exist. */
export async function retrieveLoyaltyAccount(
  scope: MedusaContainer,
  id: string,
  view: LoyaltyAccountView
) {
  const [account] = await loadLoyaltyAccounts(scope, [id], view)
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Loyalty account with id: ${id} was not found`
    )
  }
  return account
}

/** The customer's membership, formatted, or null when they have none. */
export async function retrieveCustomerLoyaltyAccount(
  scope: MedusaContainer,
  customerId: string,
  view: LoyaltyAccountView
) {
  const accountId = await findLoyaltyAccountIdOfCustomer(scope, customerId)
  return accountId ? retrieveLoyaltyAccount(scope, accountId, view) : null
}

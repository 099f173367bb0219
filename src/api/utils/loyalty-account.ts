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

const ACCOUNT_COLUMNS = [
  "id",
  "member_number",
  "identifier",
  "status",
  "points_available",
  "points_pending",
  "points_lifetime",
  "tier_id",
  "closed_at",
  "close_reason",
  "created_at",
]

/** The membership a customer belongs to and when they joined it, or null. */
export async function findLoyaltyMembershipOfCustomer(
  scope: MedusaContainer,
  customerId: string
): Promise<{ account_id: string; joined_at: Date | string } | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "loyalty_account_member",
    fields: ["joined_at", "account.id"],
    filters: { customer_id: customerId },
  })
  const [member] = data
  return member?.account?.id ? { account_id: member.account.id, joined_at: member.joined_at } : null
}

/**
 * The membership staff see on a customer's card: the one they belong to,
 * or else the last closed one they were in (closing releases the members,
 * and the card still says it was closed and shows its history).
 */
export async function findStaffLoyaltyAccountIdOfCustomer(
  scope: MedusaContainer,
  customerId: string
): Promise<string | null> {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await knex("loyalty_account_member as m")
    .join("loyalty_account as a", (join) =>
      join.on("a.id", "m.account_id").andOnNull("a.deleted_at")
    )
    .select("a.id")
    .where("m.customer_id", customerId)
    .where((match) =>
      match.whereNull("m.deleted_at").orWhere("a.status", "closed")
    )
    // The membership they are in first, then the most recently closed.
    .orderByRaw("m.deleted_at IS NULL DESC, a.closed_at DESC NULLS LAST")
    .first()
  return row?.id ?? null
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
  // Plain SQL on our own tables and the customer's: three reads at once
  // instead of a chain of query.graph calls (each costs more than its read).
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [accountRows, tiers, memberRows] = await Promise.all([
    knex("loyalty_account")
      .select(ACCOUNT_COLUMNS)
      .whereIn("id", ids)
      .whereNull("deleted_at"),
    knex("loyalty_tier")
      .select("id", "name", "rank", "min_points", "basis")
      .whereNull("deleted_at")
      .orderBy("rank", "asc") as Promise<Tier[]>,
    knex("loyalty_account_member as m")
      .leftJoin("customer as c", (join) =>
        join.on("c.id", "m.customer_id").andOnNull("c.deleted_at")
      )
      .select(
        "m.account_id",
        "m.customer_id",
        "m.joined_at",
        "c.id as c_id",
        "c.email as c_email",
        "c.first_name as c_first_name",
        "c.last_name as c_last_name"
      )
      .whereIn("m.account_id", ids)
      .whereNull("m.deleted_at"),
  ])
  const accounts: Record<string, any>[] = (accountRows as Record<string, any>[]).map((account) => ({
    ...account,
    members: memberRows.filter((m: any) => m.account_id === account.id),
  }))

  const nextTiers = new Map(accounts.map((a) => [a.id, nextTierOf(a, tiers)]))
  const needRolling = accounts
    .filter((a) => nextTiers.get(a.id)?.basis === "rolling_12_months")
    .map((a) => a.id)
  const rolling = await rollingPoints(scope, needRolling)
  const customerById = new Map(
    memberRows
      .filter((m: any) => m.c_id)
      .map((m: any) => [
        m.c_id,
        { id: m.c_id, email: m.c_email, first_name: m.c_first_name, last_name: m.c_last_name },
      ])
  )
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
      ...(view === "admin" ? { identifier: account.identifier } : {}),
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

/**
 * The customer's membership, formatted, or null when they have none (staff
 * see the last closed one instead, status "closed"); a 404
 * for an unknown customer. One read finds both the customer and the account.
 */
export async function retrieveCustomerLoyaltyAccount(
  scope: MedusaContainer,
  customerId: string,
  view: LoyaltyAccountView
) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const customer = await knex("customer as c")
    .leftJoin("loyalty_account_member as m", (join) =>
      join.on("m.customer_id", "c.id").andOnNull("m.deleted_at")
    )
    .leftJoin("loyalty_account as a", (join) =>
      join.on("a.id", "m.account_id").andOnNull("a.deleted_at")
    )
    .select("c.id", "a.id as account_id")
    .where("c.id", customerId)
    .whereNull("c.deleted_at")
    .first()
  if (!customer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
  if (customer.account_id) {
    return retrieveLoyaltyAccount(scope, customer.account_id, view)
  }
  if (view === "admin") {
    const closedId = await findStaffLoyaltyAccountIdOfCustomer(scope, customerId)
    return closedId ? retrieveLoyaltyAccount(scope, closedId, view) : null
  }
  return null
}

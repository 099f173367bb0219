import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { list, sql } from "../../lib/sql"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import type { LoyaltyAccountRow, LoyaltyTierRow } from "../../modules/customer-loyalty/accounts"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import type { AdminLoyaltyAccount, Served, StoreLoyaltyAccount } from "../../types/http"

/** Who is looking: staff see everything, a member sees no staff fields. */
export type LoyaltyAccountView = "admin" | "store"

const loyaltyOf = (scope: MedusaContainer) =>
  scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

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
  return await loyaltyOf(scope).findStaffLoyaltyAccountId(customerId)
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
  const rows = await loyaltyOf(scope).sumRollingPoints(accountIds)
  return new Map(rows.map((row) => [row.account_id, Number(row.points)]))
}

/** The tier above the account's own (the lowest one when it has none). */
function nextTierOf(account: LoyaltyAccountRow, tiers: LoyaltyTierRow[]) {
  if (account.status !== "active") {
    return null
  }
  const current = tiers.find((tier) => tier.id === account.tier_id)
  return current ? (tiers.find((tier) => tier.rank > current.rank) ?? null) : (tiers[0] ?? null)
}

/** A member of an account, with their customer's columns (null once deleted). */
type MemberRow = {
  account_id: string
  customer_id: string
  joined_at: Date
  c_id: string | null
  c_email: string | null
  c_first_name: string | null
  c_last_name: string | null
}

/** A membership as each side sees it. */
type LoyaltyAccountOfView = {
  admin: Served<AdminLoyaltyAccount>
  store: Served<StoreLoyaltyAccount>
}

/**
 * Loads memberships and presents them as the API speaks of them: balances,
 * tier, the next tier and the points still needed for it, and members.
 * A handful of queries for any number of accounts; order is kept.
 */
export async function loadLoyaltyAccounts<V extends LoyaltyAccountView>(
  scope: MedusaContainer,
  ids: string[],
  view: V
): Promise<LoyaltyAccountOfView[V][]> {
  if (!ids.length) {
    return []
  }
  // Plain SQL on our own tables and the customer's: three reads at once
  // instead of a chain of query.graph calls (each costs more than its read).
  const loyalty = loyaltyOf(scope)
  const [{ accounts: accountRows, tiers }, memberRows] = await Promise.all([
    loyalty.listLoyaltyAccountsAndTiers(ids),
    loyalty.runQuery<MemberRow>(
      sql`SELECT m.account_id, m.customer_id, m.joined_at,
            c.id AS c_id, c.email AS c_email, c.first_name AS c_first_name, c.last_name AS c_last_name
       FROM loyalty_account_member m
       LEFT JOIN customer c ON c.id = m.customer_id AND c.deleted_at IS NULL
      WHERE m.account_id IN (${list(ids)}) AND m.deleted_at IS NULL`
    ),
  ])
  const accounts = accountRows.map((account) => ({
    ...account,
    members: memberRows.filter((m) => m.account_id === account.id),
  }))

  const nextTiers = new Map(accounts.map((a) => [a.id, nextTierOf(a, tiers)]))
  const needRolling = accounts
    .filter((a) => nextTiers.get(a.id)?.basis === "rolling_12_months")
    .map((a) => a.id)
  const rolling = await rollingPoints(scope, needRolling)
  const customerById = new Map(
    memberRows.flatMap((m) =>
      m.c_id
        ? [
            [
              m.c_id,
              {
                id: m.c_id,
                email: m.c_email,
                first_name: m.c_first_name,
                last_name: m.c_last_name,
              },
            ] as const,
          ]
        : []
    )
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
      next?.basis === "rolling_12_months" ? (rolling.get(id) ?? 0) : account.points_lifetime
    const members = [...(account.members ?? [])]
      .filter(Boolean)
      .sort((a, b) => new Date(a.joined_at).getTime() - new Date(b.joined_at).getTime())
    const balance = {
      available: account.points_available,
      pending: account.points_pending,
      lifetime: account.points_lifetime,
    }
    const tierView = tier
      ? {
          id: tier.id,
          name: tier.name,
          rank: tier.rank,
          min_points: tier.min_points,
          basis: tier.basis,
        }
      : null
    const nextTierView = next
      ? {
          id: next.id,
          name: next.name,
          min_points: next.min_points,
          basis: next.basis,
          points_needed: Math.max(0, next.min_points - points),
        }
      : null

    // Staff see the identifier, the close reason and who the members are;
    // a member sees the others' first names only. (Keys in this order.)
    const formatted: LoyaltyAccountOfView[LoyaltyAccountView] =
      view === "admin"
        ? {
            id: account.id,
            member_number: account.member_number,
            identifier: account.identifier,
            status: account.status,
            balance,
            tier: tierView,
            next_tier: nextTierView,
            members: members.map((member) => {
              const customer = customerById.get(member.customer_id)
              return {
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
            }),
            closed_at: account.closed_at,
            close_reason: account.close_reason,
            created_at: account.created_at,
          }
        : {
            id: account.id,
            member_number: account.member_number,
            status: account.status,
            balance,
            tier: tierView,
            next_tier: nextTierView,
            members: members.map((member) => ({
              first_name: customerById.get(member.customer_id)?.first_name ?? null,
            })),
            closed_at: account.closed_at,
            created_at: account.created_at,
          }
    // `view` decides the shape above; TypeScript cannot tie it to V.
    return [formatted as LoyaltyAccountOfView[V]]
  })
}

/** One membership, formatted; a 404 when it does not exist. */
export async function retrieveLoyaltyAccount<V extends LoyaltyAccountView>(
  scope: MedusaContainer,
  id: string,
  view: V
): Promise<LoyaltyAccountOfView[V]> {
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
export async function retrieveCustomerLoyaltyAccount<V extends LoyaltyAccountView>(
  scope: MedusaContainer,
  customerId: string,
  view: V
): Promise<LoyaltyAccountOfView[V] | null> {
  const [customer] = await loyaltyOf(scope).runQuery<{ id: string; account_id: string | null }>(
    sql`SELECT c.id, a.id AS account_id
       FROM customer c
       LEFT JOIN loyalty_account_member m ON m.customer_id = c.id AND m.deleted_at IS NULL
       LEFT JOIN loyalty_account a ON a.id = m.account_id AND a.deleted_at IS NULL
      WHERE c.id = ${customerId} AND c.deleted_at IS NULL
      LIMIT 1`
  )
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

import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "../../utils/like-pattern"
import { ListPosition, readPage } from "./list-cursor"

export type LoyaltyAccountSearch = {
  /** Member number (prefix), identifier (exact), or a member's email or name (contains). */
  q?: string
  tier_id?: string
  status?: "active" | "closed"
}

function matchingAccounts(knex: Knex, search: LoyaltyAccountSearch) {
  const query = knex("loyalty_account as a").whereNull("a.deleted_at")
  if (search.tier_id) {
    query.where("a.tier_id", search.tier_id)
  }
  if (search.status) {
    query.where("a.status", search.status)
  }
  const q = search.q?.trim()
  if (q) {
    const contains = `%${escapeLike(q)}%`
    query.where((match) =>
      match
        .where("a.member_number", "like", `${escapeLike(q)}%`)
        // The merchant's identifier matches exactly (its unique index).
        .orWhereRaw("(a.identifier = ? AND a.deleted_at IS NULL)", [q])
        .orWhereRaw(
          `a.id IN (
             SELECT m.account_id FROM loyalty_account_member m
               JOIN customer c ON c.id = m.customer_id AND c.deleted_at IS NULL
              WHERE m.deleted_at IS NULL
                AND (c.email ILIKE ?
                     OR (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) ILIKE ?))`,
          [contains, contains]
        )
    )
  }
  return query
}

/**
 * One page of membership ids, newest first, the cursor to the next page and
 * how many match: the search and the paging both run in the database,
 * whatever the number of customers.
 */
export async function searchLoyaltyAccountIds(
  scope: MedusaContainer,
  search: LoyaltyAccountSearch,
  position: ListPosition
): Promise<{ ids: string[]; count: number; next_cursor: string | null }> {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [page, [{ count }]] = await Promise.all([
    readPage<{ id: string }>(
      knex,
      matchingAccounts(knex, search).select("a.id"),
      "a",
      position
    ),
    matchingAccounts(knex, search).count({ count: "*" }),
  ])
  return {
    ids: page.rows.map((row) => row.id),
    count: Number(count),
    next_cursor: page.next_cursor,
  }
}

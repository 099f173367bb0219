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

/** A member's email or "first last" contains it (the trigram indexes' form). */
const CUSTOMER_MATCH = `(c.email ILIKE ? OR (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) ILIKE ?)`

/** Past this many matching customers a search walks the memberships newest first. */
const NARROW_SEARCH = 500

/**
 * Whether `q` matches few customers. A narrow search (a member number, an
 * identifier, an email, a rare name) is resolved into the matching ids
 * first, each an index lookup; a broad one ("Karin") walks the memberships
 * newest first and stops at the page's end. PostgreSQL cannot tell the two
 * apart before it runs the search, so the matches are counted (up to
 * NARROW_SEARCH + 1) once.
 */
async function isNarrowSearch(knex: Knex, q: string): Promise<boolean> {
  const contains = `%${escapeLike(q)}%`
  const matches = knex("customer as c")
    .whereNull("c.deleted_at")
    .whereRaw(CUSTOMER_MATCH, [contains, contains])
    .select(knex.raw("1"))
    .limit(NARROW_SEARCH + 1)
  const { count } = (await knex.from(matches.as("m")).count({ count: "*" }).first()) as {
    count: string | number
  }
  return Number(count) <= NARROW_SEARCH
}

function matchingAccounts(knex: Knex, search: LoyaltyAccountSearch, narrow: boolean) {
  const query = knex("loyalty_account as a").whereNull("a.deleted_at")
  if (search.tier_id) {
    query.where("a.tier_id", search.tier_id)
  }
  if (search.status) {
    query.where("a.status", search.status)
  }
  const q = search.q?.trim()
  if (!q) {
    return query
  }
  const prefix = `${escapeLike(q)}%`
  const contains = `%${escapeLike(q)}%`
  const byMember = `SELECT m.account_id FROM loyalty_account_member m
                      JOIN customer c ON c.id = m.customer_id AND c.deleted_at IS NULL
                     WHERE m.deleted_at IS NULL AND ${CUSTOMER_MATCH}`
  if (narrow) {
    // Each part an index lookup: the member number's prefix index, the
    // identifier's unique index, the customer's trigram indexes.
    return query.whereRaw(
      `a.id IN (
         SELECT id FROM loyalty_account WHERE member_number LIKE ? AND deleted_at IS NULL
         UNION ALL
         SELECT id FROM loyalty_account WHERE identifier = ? AND deleted_at IS NULL
         UNION ALL
         ${byMember})`,
      [prefix, q, contains, contains]
    )
  }
  return query.where((match) =>
    match
      .where("a.member_number", "like", prefix)
      .orWhere("a.identifier", q)
      .orWhereRaw(`a.id IN (${byMember})`, [contains, contains])
  )
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
  const q = search.q?.trim()
  const narrow = q ? await isNarrowSearch(knex, q) : false
  const [page, [{ count }]] = await Promise.all([
    readPage<{ id: string }>(
      knex,
      matchingAccounts(knex, search, narrow).select("a.id"),
      "a",
      position
    ),
    matchingAccounts(knex, search, narrow).count({ count: "*" }),
  ])
  return {
    ids: page.rows.map((row) => row.id),
    count: Number(count),
    next_cursor: page.next_cursor,
  }
}

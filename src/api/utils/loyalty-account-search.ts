import type { MedusaContainer } from "@medusajs/framework/types"
import { raw, sql, SqlFragment, whereAll } from "../../lib/sql"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import { escapeLike } from "../../utils/like-pattern"
import { customerMatches, isNarrowCustomerSearch } from "./customer-search"
import { ListPosition, readPage } from "./list-cursor"
import type { LoyaltyAccountStatus } from "../../modules/customer-loyalty/constants"

export type LoyaltyAccountSearch = {
  /** Member number (prefix), identifier (exact), or a member's email or name (contains). */
  q?: string
  tier_id?: string
  status?: LoyaltyAccountStatus
}

/**
 * The conditions on memberships `a`. A narrow search (see
 * isNarrowCustomerSearch: a member number, an identifier, an email, a rare
 * name) is resolved into the matching ids first, each an index lookup; a
 * broad one ("Karin") is a condition on each membership, which the newest
 * first walk checks until the page is full.
 */
function matchingAccounts(search: LoyaltyAccountSearch, narrow: boolean): SqlFragment[] {
  const conditions = [raw("a.deleted_at IS NULL")]
  if (search.tier_id) {
    conditions.push(sql`a.tier_id = ${search.tier_id}`)
  }
  if (search.status) {
    conditions.push(sql`a.status = ${search.status}`)
  }
  const q = search.q?.trim()
  if (!q) {
    return conditions
  }
  const prefix = `${escapeLike(q)}%`
  const byMember = sql`SELECT m.account_id FROM loyalty_account_member m
                      JOIN customer c ON c.id = m.customer_id AND c.deleted_at IS NULL
                     WHERE m.deleted_at IS NULL AND ${customerMatches(q)}`
  if (narrow) {
    // Each part an index lookup: the member number's prefix index, the
    // identifier's unique index, the customer's trigram indexes.
    conditions.push(sql`a.id IN (
         SELECT id FROM loyalty_account WHERE member_number LIKE ${prefix} AND deleted_at IS NULL
         UNION ALL
         SELECT id FROM loyalty_account WHERE identifier = ${q} AND deleted_at IS NULL
         UNION ALL
         ${byMember})`)
  } else {
    conditions.push(
      sql`(a.member_number LIKE ${prefix} OR a.identifier = ${q} OR a.id IN (${byMember}))`
    )
  }
  return conditions
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
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const q = search.q?.trim()
  const narrow = q ? await isNarrowCustomerSearch(loyalty, q, { deleted: false }) : false
  const where = matchingAccounts(search, narrow)
  const [page, [{ count }]] = await Promise.all([
    readPage<{ id: string }>(
      loyalty,
      { columns: raw("a.id"), from: raw("loyalty_account a"), where },
      "a",
      position
    ),
    loyalty.runQuery<{ count: string }>(
      sql`SELECT count(*) AS count FROM loyalty_account a${whereAll(where)}`
    ),
  ])
  return {
    ids: page.rows.map((row) => row.id),
    count: Number(count),
    next_cursor: page.next_cursor,
  }
}

import { sql, SqlFragment } from "../../lib/sql"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import { escapeLike } from "../../utils/like-pattern"

// The search of the membership list and the points report by a member's
// email or name, on Medusa's customer table (alias `c`).

/** The customer's email or "first last" contains `q` (the trigram indexes' form). */
export function customerMatches(q: string): SqlFragment {
  const contains = `%${escapeLike(q)}%`
  return sql`(c.email ILIKE ${contains} OR (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) ILIKE ${contains})`
}

/** Past this many matching customers a search walks its list newest first. */
const NARROW_SEARCH = 500

/**
 * Whether `q` matches few customers. A narrow search (a member number, an
 * email, a rare name) is best resolved into the matching ids first, each an
 * index lookup; a broad one ("Karin": thousands of customers) walks the
 * list newest first, checking each row's customer, and stops at the page's
 * end. PostgreSQL cannot tell the two apart before it runs the search, so
 * this counts the matches (up to NARROW_SEARCH + 1) once; `deleted` counts
 * deleted customers too.
 */
export async function isNarrowCustomerSearch(
  loyalty: Pick<CustomerLoyaltyModuleService, "runQuery">,
  q: string,
  { deleted }: { deleted: boolean }
): Promise<boolean> {
  const matches = deleted ? customerMatches(q) : sql`c.deleted_at IS NULL AND ${customerMatches(q)}`
  const [{ count }] = await loyalty.runQuery<{ count: string | number }>(
    sql`SELECT count(*) AS count
  FROM (SELECT 1 FROM customer c WHERE ${matches} LIMIT ${NARROW_SEARCH + 1}) m`
  )
  return Number(count) <= NARROW_SEARCH
}

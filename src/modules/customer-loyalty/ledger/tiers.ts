import { Manager, rows } from "./types"

/**
 * The rule of the rolling 12-month basis, on entries `e`: an entry counts
 * its lifetime points when it was made available (or, without a date, made)
 * in the 12 months before `?` (now). Every tier count on that basis —
 * recomputing tiers, the points a member still needs — is this sum.
 */
const IN_ROLLING_YEAR =
  "e.deleted_at IS NULL AND coalesce(e.available_at, e.created_at) > ?::timestamptz - interval '12 months'"

export type TierChange = {
  account_id: string
  previous_tier_id: string | null
  tier_id: string | null
}

/**
 * Puts each account on the highest tier it reaches, by the tier's basis:
 * lifetime points, or points made available in the last 12 months. One
 * statement; `accountIds` null means every account. Returns the changes.
 */
export async function recomputeTiers(
  manager: Manager,
  accountIds: string[] | null,
  now: Date = new Date()
): Promise<TierChange[]> {
  // Two fixed variants, not an `? IS NULL OR …` condition: with the OR,
  // PostgreSQL reads every account even when one is asked for.
  const scope = accountIds ? "AND id IN (SELECT jsonb_array_elements_text(?::jsonb))" : ""
  return await rows<TierChange>(
    manager,
    `WITH scope AS (
       SELECT id, tier_id, points_lifetime FROM loyalty_account
        WHERE deleted_at IS NULL AND status = 'active' ${scope}
     ),
     scores AS (
       SELECT s.id, s.tier_id, s.points_lifetime AS lifetime,
              coalesce((
                SELECT sum(e.lifetime_points) FROM loyalty_entry e
                 WHERE e.account_id = s.id AND ${IN_ROLLING_YEAR}
              ), 0) AS rolling
         FROM scope s
     ),
     reached AS (
       SELECT sc.id AS account_id, sc.tier_id AS previous_tier_id,
              (SELECT t.id FROM loyalty_tier t
                WHERE t.deleted_at IS NULL
                  AND CASE t.basis WHEN 'lifetime' THEN sc.lifetime ELSE sc.rolling END >= t.min_points
                ORDER BY t.rank DESC LIMIT 1) AS tier_id
         FROM scores sc
     ),
     changed AS (
       UPDATE loyalty_account a
          SET tier_id = r.tier_id, updated_at = now()
         FROM reached r
        WHERE a.id = r.account_id AND a.tier_id IS DISTINCT FROM r.tier_id
       RETURNING a.id
     )
     SELECT r.account_id, r.previous_tier_id, r.tier_id
       FROM reached r JOIN changed c ON c.id = r.account_id`,
    [...(accountIds ? [JSON.stringify(accountIds)] : []), now]
  )
}

/**
 * The points each account has on the rolling 12-month basis (accounts
 * without any are left out). Reads the ledger through its partial indexes.
 */
export async function rollingPoints(
  manager: Manager,
  accountIds: string[],
  now: Date = new Date()
): Promise<{ account_id: string; points: number }[]> {
  if (!accountIds.length) {
    return []
  }
  return await rows<{ account_id: string; points: number }>(
    manager,
    `SELECT e.account_id, coalesce(sum(e.lifetime_points), 0)::integer AS points
       FROM loyalty_entry e
      WHERE e.account_id IN (${accountIds.map(() => "?").join(", ")})
        AND ${IN_ROLLING_YEAR}
      GROUP BY e.account_id`,
    [...accountIds, now]
  )
}

/** Sets tiers back (compensation of a recompute). */
export async function restoreTiers(manager: Manager, changes: TierChange[]) {
  if (!changes.length) {
    return
  }
  await manager.execute(
    `UPDATE loyalty_account a SET tier_id = c.previous_tier_id, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS c(account_id text, previous_tier_id text)
      WHERE a.id = c.account_id`,
    [JSON.stringify(changes)]
  )
}

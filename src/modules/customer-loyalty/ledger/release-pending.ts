import { Manager } from "./types"

export type ReleasedLot = {
  id: string
  account_id: string
  customer_id: string | null
  points: number
}

/** Lots released per statement (see releasePending). */
const RELEASE_BATCH = 1000

/**
 * Makes every pending lot whose `available_at` has passed available, and
 * moves its points from pending to available on the accounts, in the
 * caller's transaction. Accounts are locked in id order, like every other
 * write.
 *
 * A statement takes at most RELEASE_BATCH lots: PostgreSQL cannot know how
 * many lots are due, and guessing "most pending lots" it joined the update
 * to a scan of the whole ledger (45 s at 10 million entries); with a bound
 * it goes through the primary key.
 */
export async function releasePending(manager: Manager, now: Date): Promise<ReleasedLot[]> {
  const released: ReleasedLot[] = []
  while (true) {
    const batch = await releaseBatch(manager, now)
    released.push(...batch)
    if (batch.length < RELEASE_BATCH) {
      return released
    }
  }
}

async function releaseBatch(manager: Manager, now: Date): Promise<ReleasedLot[]> {
  return await manager.execute(
    `WITH due AS (
       SELECT id, account_id FROM loyalty_entry
        WHERE status = 'pending' AND available_at <= ? AND deleted_at IS NULL
        ORDER BY available_at
        LIMIT ?
     ),
     locked AS (
       SELECT id FROM loyalty_account
        WHERE id IN (SELECT account_id FROM due)
        ORDER BY id
        FOR UPDATE
     ),
     released AS (
       UPDATE loyalty_entry e
          SET status = 'available', lifetime_points = e.remaining, updated_at = now()
         FROM due
        WHERE e.id = due.id AND e.status = 'pending'
          AND (SELECT count(*) FROM locked) >= 0
       RETURNING e.id, e.account_id, e.customer_id, e.remaining AS points
     ),
     per_account AS (
       SELECT account_id, sum(points)::integer AS points FROM released GROUP BY account_id
     ),
     moved AS (
       UPDATE loyalty_account a
          SET points_pending = a.points_pending - p.points,
              points_available = a.points_available + p.points,
              points_lifetime = a.points_lifetime + p.points,
              updated_at = now()
         FROM per_account p
        WHERE a.id = p.account_id
       RETURNING a.id
     )
     SELECT released.* FROM released WHERE (SELECT count(*) FROM moved) >= 0`,
    [now, RELEASE_BATCH]
  )
}

import { ReleasedLot } from "./release-pending"
import { Manager } from "./types"

/** Puts released lots back to pending (compensation of a release). */
export async function restorePending(manager: Manager, lots: ReleasedLot[]) {
  if (!lots.length) {
    return
  }
  await manager.execute(
    `WITH lots AS (
       SELECT * FROM jsonb_to_recordset(?::jsonb) AS l(id text, account_id text, points integer)
     ),
     per_account AS (
       SELECT account_id, sum(points)::integer AS points FROM lots GROUP BY account_id
     ),
     locked AS (
       SELECT id FROM loyalty_account WHERE id IN (SELECT account_id FROM per_account)
        ORDER BY id FOR UPDATE
     ),
     back AS (
       UPDATE loyalty_entry e SET status = 'pending', lifetime_points = 0, updated_at = now()
         FROM lots WHERE e.id = lots.id AND (SELECT count(*) FROM locked) >= 0
       RETURNING e.id
     )
     UPDATE loyalty_account a
        SET points_pending = a.points_pending + p.points,
            points_available = a.points_available - p.points,
            points_lifetime = a.points_lifetime - p.points,
            updated_at = now()
       FROM per_account p
      WHERE a.id = p.account_id AND (SELECT count(*) FROM back) >= 0`,
    [JSON.stringify(lots)]
  )
}

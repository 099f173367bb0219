import { generateEntityId } from "@medusajs/framework/utils"
import { Manager } from "./types"

export type ExpiredLot = {
  id: string
  account_id: string
  customer_id: string | null
  points: number
}

/**
 * Expires what is left of every available lot whose `expires_at` has
 * passed: one `expire` entry per lot (its key is the lot's id, so a second
 * run adds nothing), the lot emptied and the balances lowered, in one
 * statement per batch.
 */
export async function expireLots(
  manager: Manager,
  now: Date,
  batchSize = 5000
): Promise<ExpiredLot[]> {
  const expired: ExpiredLot[] = []
  for (;;) {
    const due: { id: string }[] = await manager.execute(
      // In expiry order, along the partial index of expiring lots: in id
      // order PostgreSQL walked the primary key of the whole ledger.
      `SELECT id FROM loyalty_entry
        WHERE status = 'available' AND remaining > 0 AND expires_at <= ?
          AND deleted_at IS NULL
        ORDER BY expires_at
        LIMIT ?`,
      [now, batchSize]
    )
    if (!due.length) {
      return expired
    }
    const ids = due.map((lot) => ({
      lot_id: lot.id,
      entry_id: generateEntityId(undefined, "lent"),
    }))
    const rows: ExpiredLot[] = await manager.execute(
      `WITH batch AS (
         SELECT * FROM jsonb_to_recordset(?::jsonb) AS b(lot_id text, entry_id text)
       ),
       locked AS (
         SELECT id FROM loyalty_account
          WHERE id IN (SELECT account_id FROM loyalty_entry
                        WHERE id IN (SELECT lot_id FROM batch))
          ORDER BY id
          FOR UPDATE
       ),
       lots AS (
         SELECT e.id, e.account_id, e.customer_id, e.remaining AS points, b.entry_id
           FROM loyalty_entry e
           JOIN batch b ON b.lot_id = e.id
          WHERE e.status = 'available' AND e.remaining > 0
            AND (SELECT count(*) FROM locked) >= 0
            FOR UPDATE OF e
       ),
       emptied AS (
         UPDATE loyalty_entry e
            SET remaining = 0, updated_at = now()
           FROM lots
          WHERE e.id = lots.id
         RETURNING e.id
       ),
       inserted AS (
         INSERT INTO loyalty_entry
           (id, account_id, customer_id, type, points, status, available_at, remaining,
            lifetime_points, shortfall, allocations, source, source_id, idempotency_key,
            description, created_at, updated_at)
         SELECT entry_id, account_id, customer_id, 'expire', -points, 'available', ?, 0,
                0, 0, jsonb_build_array(jsonb_build_object('entry_id', id, 'points', points)),
                'system', id, 'expire:' || id, 'Points expired', now(), now()
           FROM lots
         RETURNING account_id, points
       ),
       per_account AS (
         SELECT account_id, sum(points)::integer AS points FROM inserted GROUP BY account_id
       ),
       lowered AS (
         UPDATE loyalty_account a
            SET points_available = a.points_available + p.points, updated_at = now()
           FROM per_account p
          WHERE a.id = p.account_id
         RETURNING a.id
       )
       SELECT id, account_id, customer_id, points FROM lots
        WHERE (SELECT count(*) FROM emptied) >= 0
          AND (SELECT count(*) FROM lowered) >= 0`,
      [JSON.stringify(ids), now]
    )
    expired.push(...rows)
    if (due.length < batchSize) {
      return expired
    }
  }
}

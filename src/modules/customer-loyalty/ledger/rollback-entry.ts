import { changeBalances, changeLots, lockAccount } from "./sql"
import { EntryRow, Manager } from "./types"

/**
 * Undoes an entry written by a workflow that then failed (compensation):
 * the lots it took from get their points back, a lot it created is removed,
 * and the balances return to what they were. The entry is deleted so that
 * a retry of the same event can post it again under the same key.
 */
export async function rollbackEntry(manager: Manager, entryId: string) {
  const [found]: EntryRow[] = await manager.execute(
    `SELECT account_id FROM loyalty_entry WHERE id = ?`,
    [entryId]
  )
  if (!found) {
    return
  }
  await lockAccount(manager, found.account_id)
  const [entry]: EntryRow[] = await manager.execute(
    `SELECT * FROM loyalty_entry WHERE id = ? FOR UPDATE`,
    [entryId]
  )

  if (entry.points > 0) {
    // Only what is left of the lot can go; anything a later entry already
    // used stays, so the balance never drops below zero.
    const pending = entry.status === "pending"
    await changeBalances(manager, entry.account_id, {
      pending: pending ? -entry.remaining : 0,
      available: pending ? 0 : -entry.remaining,
      lifetime: -entry.lifetime_points,
    })
    if (entry.remaining < entry.points) {
      await manager.execute(
        `UPDATE loyalty_entry SET remaining = 0, updated_at = now() WHERE id = ?`,
        [entry.id]
      )
      return
    }
  } else {
    const allocations = entry.allocations ?? []
    await changeLots(
      manager,
      allocations.map((a) => ({ entry_id: a.entry_id, points: -a.points }))
    )
    const statuses: { id: string; status: string }[] = allocations.length
      ? await manager.execute(
          `SELECT id, status FROM loyalty_entry
            WHERE id IN (SELECT entry_id FROM jsonb_to_recordset(?::jsonb) AS a(entry_id text))`,
          [JSON.stringify(allocations)]
        )
      : []
    const pendingIds = new Set(statuses.filter((s) => s.status === "pending").map((s) => s.id))
    const toPending = allocations
      .filter((a) => pendingIds.has(a.entry_id))
      .reduce((sum, a) => sum + a.points, 0)
    const taken = -entry.points
    await changeBalances(manager, entry.account_id, {
      pending: toPending,
      available: taken - toPending,
      lifetime: -entry.lifetime_points,
    })
  }
  await manager.execute(`DELETE FROM loyalty_entry WHERE id = ?`, [entry.id])
}

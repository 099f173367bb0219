import { changeLots } from "./sql"
import { LotAllocation, Manager, rows } from "./types"

export type TakenLot = {
  id: string
  status: "pending" | "available"
  remaining: number
  available_at: Date | null
  expires_at: Date | null
}

/**
 * Empties every open lot of a (locked) account and says what it took:
 * for closing an account or moving its points to another one.
 */
export async function takeAllLots(
  manager: Manager,
  accountId: string
): Promise<{
  lots: TakenLot[]
  allocations: LotAllocation[]
  available: number
  pending: number
}> {
  const lots = await rows<TakenLot>(
    manager,
    `SELECT id, status, remaining, available_at, expires_at FROM loyalty_entry
      WHERE account_id = ? AND remaining > 0 AND deleted_at IS NULL
      ORDER BY created_at, id
      FOR UPDATE`,
    [accountId]
  )
  const allocations = lots.map((lot) => ({ entry_id: lot.id, points: lot.remaining }))
  await changeLots(manager, allocations)
  const sum = (status: TakenLot["status"]) =>
    lots.filter((l) => l.status === status).reduce((s, l) => s + l.remaining, 0)
  return { lots, allocations, available: sum("available"), pending: sum("pending") }
}

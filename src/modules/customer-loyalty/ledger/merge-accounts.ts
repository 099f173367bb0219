import { MedusaError } from "@medusajs/framework/utils"
import {
  assertRoomForPoints,
  changeBalances,
  findEntryByKey,
  insertEntry,
  lockAccount,
} from "./sql"
import { takeAllLots } from "./take-all-lots"
import { EntryRow, Manager } from "./types"

export type MergeAccountsInput = {
  source_account_id: string
  target_account_id: string
  customer_id: string
  actor?: string | null
  idempotency_key: string
}

/**
 * Moves a customer, with every point of their own membership, into another
 * membership (a household). Each open lot moves as a lot of its own, so
 * pending points stay pending and every point keeps its expiry. The old
 * membership is closed. Both accounts are locked, in id order.
 */
export async function mergeAccounts(
  manager: Manager,
  input: MergeAccountsInput
): Promise<{ transfer_out: EntryRow; transfer_in: EntryRow[]; duplicate: boolean }> {
  const [first, second] = [input.source_account_id, input.target_account_id].sort()
  const locked = [await lockAccount(manager, first), await lockAccount(manager, second)]
  const source = locked.find((a) => a.id === input.source_account_id)!
  const target = locked.find((a) => a.id === input.target_account_id)!

  const existing = await findEntryByKey(manager, `${input.idempotency_key}:out`)
  if (existing) {
    return { transfer_out: existing, transfer_in: [], duplicate: true }
  }
  if (source.status !== "active" || target.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Both loyalty accounts must be active to move points between them"
    )
  }

  assertRoomForPoints(target, source.points_available + source.points_pending)

  const taken = await takeAllLots(manager, source.id)
  const transferOut = await insertEntry(manager, {
    account_id: source.id,
    customer_id: input.customer_id,
    type: "transfer",
    points: -(taken.available + taken.pending),
    status: "available",
    available_at: new Date(),
    expires_at: null,
    remaining: 0,
    lifetime_points: -taken.available,
    allocations: taken.allocations,
    source: "transfer",
    source_id: target.id,
    idempotency_key: `${input.idempotency_key}:out`,
    actor: input.actor ?? null,
    description: "Points moved to another membership",
  })
  const transferIn: EntryRow[] = []
  for (const lot of taken.lots) {
    transferIn.push(
      await insertEntry(manager, {
        account_id: target.id,
        customer_id: input.customer_id,
        type: "transfer",
        points: lot.remaining,
        status: lot.status,
        available_at: lot.available_at,
        expires_at: lot.expires_at,
        remaining: lot.remaining,
        lifetime_points: lot.status === "available" ? lot.remaining : 0,
        source: "transfer",
        source_id: lot.id,
        idempotency_key: `${input.idempotency_key}:in:${lot.id}`,
        actor: input.actor ?? null,
        description: "Points moved from another membership",
      })
    )
  }
  await changeBalances(manager, source.id, {
    available: -taken.available,
    pending: -taken.pending,
    lifetime: -taken.available,
  })
  await changeBalances(manager, target.id, {
    available: taken.available,
    pending: taken.pending,
    lifetime: taken.available,
  })

  await manager.execute(
    `UPDATE loyalty_account_member SET account_id = ?, joined_at = now(), updated_at = now()
      WHERE customer_id = ? AND deleted_at IS NULL`,
    [target.id, input.customer_id]
  )
  const [{ members }] = await manager.execute(
    `SELECT count(*)::integer AS members FROM loyalty_account_member
      WHERE account_id = ? AND deleted_at IS NULL`,
    [source.id]
  )
  if (members === 0) {
    await manager.execute(
      `UPDATE loyalty_account
          SET status = 'closed', closed_at = now(), close_reason = ?, tier_id = NULL, updated_at = now()
        WHERE id = ?`,
      [`Merged into membership ${target.id}`, source.id]
    )
  }
  return { transfer_out: transferOut, transfer_in: transferIn, duplicate: false }
}

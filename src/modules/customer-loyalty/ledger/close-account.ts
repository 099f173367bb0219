import { MedusaError } from "@medusajs/framework/utils"
import { changeBalances, findEntryByKey, insertEntry, lockAccount } from "./sql"
import { takeAllLots } from "./take-all-lots"
import { Manager, PostedEntry } from "./types"

export type CloseAccountInput = {
  account_id: string
  reason: string
  actor?: string | null
  idempotency_key: string
}

/**
 * Closes a membership: one `close` entry takes every point (available and
 * pending) to zero, the tier goes, and the members are released so they can
 * join or start another membership. The history stays.
 */
export async function closeAccount(
  manager: Manager,
  input: CloseAccountInput
): Promise<PostedEntry> {
  const account = await lockAccount(manager, input.account_id)
  const existing = await findEntryByKey(manager, input.idempotency_key)
  if (existing) {
    return { entry: existing, duplicate: true }
  }
  if (account.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Loyalty account ${account.id} is already closed`
    )
  }

  const taken = await takeAllLots(manager, account.id)
  const entry = await insertEntry(manager, {
    account_id: account.id,
    customer_id: null,
    type: "close",
    points: -(taken.available + taken.pending),
    status: "available",
    available_at: new Date(),
    expires_at: null,
    remaining: 0,
    allocations: taken.allocations,
    source: "system",
    source_id: account.id,
    idempotency_key: input.idempotency_key,
    actor: input.actor ?? null,
    description: input.reason,
  })
  await changeBalances(manager, account.id, {
    available: -taken.available,
    pending: -taken.pending,
  })
  await manager.execute(
    `UPDATE loyalty_account
        SET status = 'closed', closed_at = now(), close_reason = ?, tier_id = NULL, updated_at = now()
      WHERE id = ?`,
    [input.reason, account.id]
  )
  await manager.execute(
    `UPDATE loyalty_account_member SET deleted_at = now(), updated_at = now()
      WHERE account_id = ? AND deleted_at IS NULL`,
    [account.id]
  )
  return { entry, duplicate: false }
}

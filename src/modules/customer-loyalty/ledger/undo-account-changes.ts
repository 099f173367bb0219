import { rollbackEntry } from "./rollback-entry"
import { Manager } from "./types"

/** Undoes `closeAccount` (compensation): points, members and status come back. */
export async function reopenAccount(
  manager: Manager,
  accountId: string,
  closeEntryId: string,
  memberIds: string[]
) {
  await manager.execute(
    `UPDATE loyalty_account
        SET status = 'active', closed_at = NULL, close_reason = NULL, updated_at = now()
      WHERE id = ?`,
    [accountId]
  )
  await rollbackEntry(manager, closeEntryId)
  if (memberIds.length) {
    await manager.execute(
      `UPDATE loyalty_account_member SET deleted_at = NULL, updated_at = now()
        WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(memberIds)]
    )
  }
}

/** Undoes `mergeAccounts` (compensation). */
export async function unmergeAccounts(
  manager: Manager,
  input: {
    source_account_id: string
    customer_id: string
    transfer_out_id: string
    transfer_in_ids: string[]
  }
) {
  await manager.execute(
    `UPDATE loyalty_account
        SET status = 'active', closed_at = NULL, close_reason = NULL, updated_at = now()
      WHERE id = ?`,
    [input.source_account_id]
  )
  for (const id of input.transfer_in_ids) {
    await rollbackEntry(manager, id)
  }
  await rollbackEntry(manager, input.transfer_out_id)
  await manager.execute(
    `UPDATE loyalty_account_member SET account_id = ?, updated_at = now()
      WHERE customer_id = ? AND deleted_at IS NULL`,
    [input.source_account_id, input.customer_id]
  )
}

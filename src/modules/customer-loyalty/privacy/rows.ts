import { Manager, rows } from "../ledger/types"

/** A row as PostgreSQL's `to_jsonb` gives it, which `jsonb_populate_recordset` takes back. */
export type SavedRow = Record<string, unknown>

/** Tables whose rows about a forgotten customer are deleted whole. */
export const DELETED_TABLES = [
  "customer_flag_assignment",
  "customer_segment_membership",
  "loyalty_account_member",
] as const
export type DeletedTable = (typeof DELETED_TABLES)[number]

/** Tables whose rows stay with the customer taken out, and the columns that change. */
export const CHANGED_COLUMNS = {
  customer_benefit_usage: ["customer_id"],
  loyalty_redemption: ["customer_id"],
  loyalty_entry: ["customer_id", "description", "metadata", "idempotency_key"],
  loyalty_account: ["close_reason"],
} as const
export type ChangedTable = keyof typeof CHANGED_COLUMNS

/**
 * What forgetting took away, enough to put it back if a later step of the
 * workflow fails: deleted rows whole, changed rows as `id` plus the earlier
 * values of the changed columns.
 */
export type ForgottenRows = {
  deleted: Partial<Record<DeletedTable, SavedRow[]>>
  changed: Partial<Record<ChangedTable, SavedRow[]>>
}

/** The `?` of a list of ids, bound as one JSON array (no statement-size limit). */
export const IN_IDS = "(SELECT jsonb_array_elements_text(?::jsonb))"
export const idsParam = (ids: readonly string[]) => JSON.stringify(ids)

/** Deletes every row of `table` about the customers, soft-deleted ones too. */
export async function deleteRowsOfCustomers(
  manager: Manager,
  table: DeletedTable,
  customerIds: readonly string[]
): Promise<SavedRow[]> {
  if (!customerIds.length) {
    return []
  }
  const deleted = await rows<{ row: SavedRow }>(
    manager,
    `DELETE FROM ${table} t WHERE t.customer_id IN ${IN_IDS} RETURNING to_jsonb(t) AS row`,
    [idsParam(customerIds)]
  )
  return deleted.map((d) => d.row)
}

/** Puts deleted rows back as they were. */
export async function reinsertRows(manager: Manager, table: DeletedTable, saved: SavedRow[]) {
  if (!saved.length) {
    return
  }
  await manager.execute(
    `INSERT INTO ${table}
     SELECT * FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(saved)]
  )
}

/** Writes back the earlier values of changed columns. */
export async function restoreChangedRows(manager: Manager, table: ChangedTable, saved: SavedRow[]) {
  if (!saved.length) {
    return
  }
  const assignments = CHANGED_COLUMNS[table].map((column) => `${column} = o.${column}`).join(", ")
  await manager.execute(
    `UPDATE ${table} t SET ${assignments}, updated_at = now()
       FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb) o
      WHERE t.id = o.id`,
    [JSON.stringify(saved)]
  )
}

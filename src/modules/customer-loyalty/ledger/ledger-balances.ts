import { Manager, rows } from "./types"

export type LedgerBalances = {
  available: number
  pending: number
  lifetime: number
  /** The sum of every entry's points: must equal available + pending. */
  total: number
}

/**
 * The balances of one account computed from its ledger, for checks (tests,
 * an audit route). Reads the account's entries; never used on hot paths.
 */
export async function ledgerBalances(manager: Manager, accountId: string): Promise<LedgerBalances> {
  const [row] = await rows<LedgerBalances>(
    manager,
    `SELECT
        coalesce(sum(remaining) FILTER (WHERE status = 'available' AND remaining > 0), 0)::integer AS available,
        coalesce(sum(remaining) FILTER (WHERE status = 'pending' AND remaining > 0), 0)::integer AS pending,
        coalesce(sum(lifetime_points), 0)::integer AS lifetime,
        coalesce(sum(points), 0)::integer AS total
       FROM loyalty_entry
      WHERE account_id = ? AND deleted_at IS NULL`,
    [accountId]
  )
  return row
}

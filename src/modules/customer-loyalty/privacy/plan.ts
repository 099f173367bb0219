import { Manager, rows } from "../ledger/types"
import { IN_IDS, idsParam } from "./rows"

export type ForgettingPlan = {
  /** The flags the customers hold now: these end (groups, events) before the rows go. */
  active_flags: { id: string; flag_id: string; customer_id: string }[]
  /**
   * Memberships no one else belongs to now (the customers' own, open or
   * already closed): closed if open, and the texts staff typed in their
   * ledger cleared.
   */
  own_account_ids: string[]
  /** The own memberships still open. */
  accounts_to_close: string[]
  /** Memberships shared with other customers: only the customers' membership goes. */
  shared_account_ids: string[]
}

/** What forgetting the customers will change in this module; reads only. */
export async function planForgetting(
  manager: Manager,
  customerIds: readonly string[]
): Promise<ForgettingPlan> {
  if (!customerIds.length) {
    return { active_flags: [], own_account_ids: [], accounts_to_close: [], shared_account_ids: [] }
  }
  const ids = idsParam(customerIds)
  const active_flags = await rows<ForgettingPlan["active_flags"][number]>(
    manager,
    `SELECT id, flag_id, customer_id FROM customer_flag_assignment
      WHERE customer_id IN ${IN_IDS} AND removed_at IS NULL AND deleted_at IS NULL
      ORDER BY id`,
    [ids]
  )
  // Every membership the customers are or were in, or have entries in (a
  // membership left by moving into a household keeps no member row).
  const accounts = await rows<{ id: string; status: string; shared: boolean }>(
    manager,
    `SELECT a.id, a.status,
            EXISTS (SELECT 1 FROM loyalty_account_member o
                     WHERE o.account_id = a.id AND o.deleted_at IS NULL
                       AND o.customer_id NOT IN ${IN_IDS}) AS shared
       FROM loyalty_account a
      WHERE a.deleted_at IS NULL
        AND a.id IN (SELECT account_id FROM loyalty_account_member WHERE customer_id IN ${IN_IDS}
                     UNION
                     SELECT account_id FROM loyalty_entry WHERE customer_id IN ${IN_IDS})
      ORDER BY a.id`,
    [ids, ids, ids]
  )
  const own = accounts.filter((a) => !a.shared)
  return {
    active_flags,
    own_account_ids: own.map((a) => a.id),
    accounts_to_close: own.filter((a) => a.status === "active").map((a) => a.id),
    shared_account_ids: accounts.filter((a) => a.shared).map((a) => a.id),
  }
}

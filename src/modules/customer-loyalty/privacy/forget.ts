import { Manager, rows } from "../ledger/types"
import {
  ChangedTable,
  DELETED_TABLES,
  deleteRowsOfCustomers,
  ForgottenRows,
  IN_IDS,
  idsParam,
  reinsertRows,
  restoreChangedRows,
  SavedRow,
} from "./rows"

/**
 * What replaces a forgotten customer's id where the column may not be empty
 * (benefit usage, redemptions): the row still counts, it names no one.
 */
export const FORGOTTEN_CUSTOMER_ID = "forgotten"

/** Deletes the customers' flag assignments, ended ones too (their notes are staff's words on them). */
export async function forgetFlagAssignments(
  manager: Manager,
  customerIds: readonly string[]
): Promise<ForgottenRows> {
  const deleted = await deleteRowsOfCustomers(manager, "customer_flag_assignment", customerIds)
  return { deleted: { customer_flag_assignment: deleted }, changed: {} }
}

/**
 * Deletes the customers' segment memberships, past ones too; a segment's
 * member count drops by its current members removed, so it still matches
 * its member list until the next refresh recounts.
 */
export async function forgetSegmentMemberships(
  manager: Manager,
  customerIds: readonly string[]
): Promise<ForgottenRows> {
  const deleted = await deleteRowsOfCustomers(manager, "customer_segment_membership", customerIds)
  await changeMemberCounts(manager, deleted, -1)
  return { deleted: { customer_segment_membership: deleted }, changed: {} }
}

/** Removes the customers' membership rows: their place in any membership, a household's too. */
export async function removeLoyaltyMembers(
  manager: Manager,
  customerIds: readonly string[]
): Promise<ForgottenRows> {
  const deleted = await deleteRowsOfCustomers(manager, "loyalty_account_member", customerIds)
  return { deleted: { loyalty_account_member: deleted }, changed: {} }
}

/** Usage rows keep counting for the benefit's figures, no longer for a customer. */
export async function detachBenefitUsage(
  manager: Manager,
  customerIds: readonly string[]
): Promise<ForgottenRows> {
  const changed = await replaceCustomerId(manager, "customer_benefit_usage", customerIds)
  return { deleted: {}, changed: { customer_benefit_usage: changed } }
}

/**
 * Keeps the ledger (the points were real) without the person: entries and
 * redemptions lose the customer's id; text staff typed — the description of
 * a manual adjustment (with its metadata) and, in the customers' own
 * memberships, close reasons — is cleared. Text the plugin wrote ("Order
 * #1042", "Booking", a reward's name, transfers, expiry) names no one and
 * stays. An idempotency key holding the customer's id (an adjustment's
 * `Idempotency-Key` is scoped to the customer) becomes `forgotten:<entry id>`:
 * still unique, and no request will ever need it again.
 */
export async function anonymiseLoyaltyLedger(
  manager: Manager,
  input: { customer_ids: readonly string[]; own_account_ids: readonly string[] }
): Promise<ForgottenRows> {
  if (!input.customer_ids.length) {
    return { deleted: {}, changed: {} }
  }
  const entries = await rows<{ row: SavedRow }>(
    manager,
    `WITH old AS (
       SELECT id, customer_id, description, metadata, idempotency_key FROM loyalty_entry
        WHERE customer_id IN ${IN_IDS}
           OR (account_id IN ${IN_IDS} AND (source = 'manual' OR type = 'close'))
        FOR UPDATE
     )
     UPDATE loyalty_entry e
        SET customer_id = NULL,
            description = CASE WHEN e.source = 'manual' OR e.type = 'close' THEN NULL ELSE e.description END,
            metadata = CASE WHEN e.source = 'manual' THEN NULL ELSE e.metadata END,
            idempotency_key = CASE WHEN strpos(e.idempotency_key, old.customer_id) > 0
                                   THEN 'forgotten:' || e.id ELSE e.idempotency_key END,
            updated_at = now()
       FROM old
      WHERE e.id = old.id
  RETURNING to_jsonb(old) AS row`,
    [idsParam(input.customer_ids), idsParam(input.own_account_ids)]
  )
  const accounts = await rows<{ row: SavedRow }>(
    manager,
    `WITH old AS (
       SELECT id, close_reason FROM loyalty_account
        WHERE id IN ${IN_IDS} AND close_reason IS NOT NULL
        FOR UPDATE
     )
     UPDATE loyalty_account a SET close_reason = NULL, updated_at = now()
       FROM old WHERE a.id = old.id
  RETURNING to_jsonb(old) AS row`,
    [idsParam(input.own_account_ids)]
  )
  const redemptions = await replaceCustomerId(manager, "loyalty_redemption", input.customer_ids)
  return {
    deleted: {},
    changed: {
      loyalty_entry: entries.map((e) => e.row),
      loyalty_account: accounts.map((a) => a.row),
      loyalty_redemption: redemptions,
    },
  }
}

/** Undoes any of the above (workflow compensation). */
export async function restoreForgottenRows(manager: Manager, forgotten: ForgottenRows) {
  for (const table of DELETED_TABLES) {
    const saved = forgotten.deleted[table] ?? []
    await reinsertRows(manager, table, saved)
    if (table === "customer_segment_membership") {
      await changeMemberCounts(manager, saved, 1)
    }
  }
  for (const [table, saved] of Object.entries(forgotten.changed)) {
    await restoreChangedRows(manager, table as ChangedTable, saved ?? [])
  }
}

async function replaceCustomerId(
  manager: Manager,
  table: "customer_benefit_usage" | "loyalty_redemption",
  customerIds: readonly string[]
): Promise<SavedRow[]> {
  if (!customerIds.length) {
    return []
  }
  const changed = await rows<{ row: SavedRow }>(
    manager,
    `WITH old AS (SELECT id, customer_id FROM ${table} WHERE customer_id IN ${IN_IDS} FOR UPDATE)
     UPDATE ${table} t SET customer_id = ?, updated_at = now()
       FROM old WHERE t.id = old.id
  RETURNING to_jsonb(old) AS row`,
    [idsParam(customerIds), FORGOTTEN_CUSTOMER_ID]
  )
  return changed.map((c) => c.row)
}

/** Moves segments' member counts by the current memberships among `memberships`. */
async function changeMemberCounts(manager: Manager, memberships: SavedRow[], sign: 1 | -1) {
  const bySegment = new Map<string, number>()
  for (const m of memberships) {
    if (m.left_at == null && m.deleted_at == null) {
      const segmentId = m.segment_id as string
      bySegment.set(segmentId, (bySegment.get(segmentId) ?? 0) + 1)
    }
  }
  for (const [segmentId, count] of bySegment) {
    await manager.execute(
      `UPDATE customer_segment SET member_count = greatest(member_count + ?, 0), updated_at = now()
        WHERE id = ?`,
      [sign * count, segmentId]
    )
  }
}

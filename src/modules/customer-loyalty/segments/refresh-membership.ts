import { MedusaError } from "@medusajs/framework/utils"
import { Manager, rows } from "../ledger/types"
import type { SqlQuery } from "../statements"

/** A query selecting `customer_id`s, with `?` placeholders, built outside this module. */
export type MemberQuery = SqlQuery

export type SegmentRefreshStats = {
  member_count: number
  last_refreshed_at: Date | null
  last_refresh_ms: number | null
  updated_at: Date
}

export type SegmentMembershipChange = {
  segment_id: string
  /** Memberships started by the refresh. */
  entered: { id: string; customer_id: string }[]
  /** Memberships ended by the refresh. */
  left: { id: string; customer_id: string }[]
  member_count: number
  /** The segment's figures before the refresh, to put back on undo. */
  previous: SegmentRefreshStats
  /**
   * Set when the refresh was limited to these customers: only their
   * memberships changed, and the segment's count moved by the difference.
   */
  customer_ids?: string[]
}

/**
 * Brings a segment's memberships in line with `members` (one query, run
 * once): ends the memberships of customers no longer selected, starts
 * memberships for newly selected ones, and records the count and the time
 * taken.
 *
 * With `customerIds`, only those customers are compared (see
 * `refreshMembershipOfCustomers`): the incremental refresh after an event.
 *
 * Refreshes of one segment, whole or limited, are serialised by a
 * transaction-scoped advisory lock, so two at once cannot both start a
 * membership for a customer; the member query runs after the lock is
 * taken, so it sees what the refresh before it saw, or later.
 */
export async function refreshMembership(
  manager: Manager,
  segmentId: string,
  members: MemberQuery,
  now: Date,
  customerIds?: string[]
): Promise<SegmentMembershipChange> {
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('customer_segment:' || ?))`, [
    segmentId,
  ])
  const [previous] = await rows<SegmentRefreshStats>(
    manager,
    `SELECT member_count, last_refreshed_at, last_refresh_ms, updated_at
       FROM customer_segment
      WHERE id = ? AND deleted_at IS NULL
      FOR UPDATE`,
    [segmentId]
  )
  if (!previous) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Segment with id: ${segmentId} was not found`
    )
  }
  if (customerIds) {
    return await refreshMembershipOfCustomers(
      manager,
      segmentId,
      members,
      now,
      customerIds,
      previous
    )
  }

  const started = process.hrtime.bigint()
  // The members are selected into a temporary table first: a read-only
  // CREATE TABLE AS may run in parallel (a statement that also writes may
  // not), and with a key and fresh statistics the comparison with the
  // current memberships stays a merge or an index lookup even when the
  // membership table's own statistics are stale (right after a large first
  // refresh, the planner would otherwise compare every row with every row).
  await manager.execute(`SET LOCAL work_mem = '64MB'`)
  // JIT compiled each refresh's statement anew, ≈ 1 s at ten million orders.
  await manager.execute(`SET LOCAL jit = off`)
  await manager.execute(`DROP TABLE IF EXISTS pg_temp.segment_refresh_members`)
  await manager.execute(
    `CREATE TEMP TABLE segment_refresh_members ON COMMIT DROP AS
     SELECT customer_id FROM (${members.text}) selected`,
    [...members.params]
  )
  // The member query yields each customer once; the key would say otherwise.
  await manager.execute(`ALTER TABLE segment_refresh_members ADD PRIMARY KEY (customer_id)`)
  await manager.execute(`ANALYZE segment_refresh_members`)

  const changes = membershipChanges("segment_refresh_members", null, segmentId, now)
  const [result] = await rows<{
    member_count: string
    entered: { id: string; customer_id: string }[]
    left: { id: string; customer_id: string }[]
  }>(
    manager,
    `WITH ${changes.text}
     SELECT (SELECT count(*) FROM segment_refresh_members) AS member_count,
            ${CHANGED_MEMBERSHIPS}`,
    changes.params
  )
  await manager.execute(`DROP TABLE segment_refresh_members`)
  const elapsedMs = Number((process.hrtime.bigint() - started) / 1_000_000n)
  const memberCount = Number(result.member_count)

  await manager.execute(
    `UPDATE customer_segment
        SET member_count = ?, last_refreshed_at = ?, last_refresh_ms = ?, updated_at = ?
      WHERE id = ?`,
    [memberCount, now, elapsedMs, now, segmentId]
  )

  return {
    segment_id: segmentId,
    entered: result.entered,
    left: result.left,
    member_count: memberCount,
    previous,
  }
}

/**
 * The refresh limited to some customers: only the members among them are
 * selected (the query should already be limited to them, for speed; it is
 * limited again here so that no other customer's membership can change),
 * their memberships are compared, and the count moves by the difference.
 * The time and duration of the last full refresh stay as they were.
 */
async function refreshMembershipOfCustomers(
  manager: Manager,
  segmentId: string,
  members: MemberQuery,
  now: Date,
  customerIds: string[],
  previous: SegmentRefreshStats
): Promise<SegmentMembershipChange> {
  const scope = [...new Set(customerIds)]
  // As JSON: knex would expand an array parameter into a list of placeholders.
  const scopeJson = JSON.stringify(scope)
  const changes = membershipChanges("selected", scopeJson, segmentId, now)
  const [result] = await rows<{
    entered: { id: string; customer_id: string }[]
    left: { id: string; customer_id: string }[]
  }>(
    manager,
    `WITH selected AS MATERIALIZED (
       SELECT DISTINCT s.customer_id
         FROM (${members.text}) s
        WHERE s.customer_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
     ),
     ${changes.text}
     SELECT ${CHANGED_MEMBERSHIPS}`,
    [...members.params, scopeJson, ...changes.params]
  )
  const delta = result.entered.length - result.left.length
  const [{ member_count }] = await rows<{ member_count: number }>(
    manager,
    `UPDATE customer_segment SET member_count = member_count + ?
      WHERE id = ? RETURNING member_count`,
    [delta, segmentId]
  )
  return {
    segment_id: segmentId,
    entered: result.entered,
    left: result.left,
    member_count: Number(member_count),
    previous,
    customer_ids: scope,
  }
}

/**
 * Undoes a refresh: removes the memberships it started, reopens those it
 * ended. A whole refresh puts the segment's figures back; a limited one
 * moves the count back by its difference (other limited refreshes may have
 * moved it since).
 */
export async function undoMembershipRefresh(
  manager: Manager,
  change: Pick<
    SegmentMembershipChange,
    "segment_id" | "entered" | "left" | "previous" | "customer_ids"
  >
): Promise<void> {
  const ids = (list: { id: string }[]) => JSON.stringify(list.map(({ id }) => id))
  await manager.execute(
    `DELETE FROM customer_segment_membership
      WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [ids(change.entered)]
  )
  await manager.execute(
    `UPDATE customer_segment_membership
        SET left_at = NULL, updated_at = now()
      WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [ids(change.left)]
  )
  if (change.customer_ids) {
    await manager.execute(
      `UPDATE customer_segment SET member_count = member_count - ? WHERE id = ?`,
      [change.entered.length - change.left.length, change.segment_id]
    )
    return
  }
  await manager.execute(
    `UPDATE customer_segment
        SET member_count = ?, last_refreshed_at = ?, last_refresh_ms = ?, updated_at = ?
      WHERE id = ?`,
    [
      change.previous.member_count,
      change.previous.last_refreshed_at,
      change.previous.last_refresh_ms,
      // The segment as it was: a refresh undone leaves no trace on it.
      change.previous.updated_at,
      change.segment_id,
    ]
  )
}

/** The memberships a refresh started and ended, as JSON arrays (after `membershipChanges`). */
const CHANGED_MEMBERSHIPS = `(SELECT COALESCE(json_agg(json_build_object('id', id, 'customer_id', customer_id)), '[]'::json) FROM started) AS entered,
            (SELECT COALESCE(json_agg(json_build_object('id', id, 'customer_id', customer_id)), '[]'::json) FROM ended) AS left`

/**
 * The CTEs `ended` and `started` of a refresh: end the segment's
 * memberships (of the customers in `scope`, a JSON array, when given) whose
 * customer is not in the relation `selected`, and start one for each
 * selected customer who is not a member. The membership ids are made here
 * rather than by Medusa's id generator: a refresh can start a hundred
 * thousand memberships in one statement.
 */
function membershipChanges(selected: string, scope: string | null, segmentId: string, now: Date) {
  const inScope = scope
    ? `
          AND m.customer_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))`
    : ""
  return {
    text: `ended AS (
       UPDATE customer_segment_membership m
          SET left_at = ?, updated_at = ?
        WHERE m.segment_id = ?${inScope}
          AND m.left_at IS NULL
          AND m.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM ${selected} s WHERE s.customer_id = m.customer_id)
       RETURNING m.id, m.customer_id
     ),
     started AS (
       INSERT INTO customer_segment_membership
              (id, segment_id, customer_id, entered_at, created_at, updated_at)
       SELECT 'csegm_' || upper(replace(gen_random_uuid()::text, '-', '')),
              ?, s.customer_id, ?, ?, ?
         FROM ${selected} s
        WHERE NOT EXISTS (
              SELECT 1 FROM customer_segment_membership m
               WHERE m.segment_id = ?
                 AND m.customer_id = s.customer_id
                 AND m.left_at IS NULL
                 AND m.deleted_at IS NULL)
       RETURNING id, customer_id
     )`,
    params: [now, now, segmentId, ...(scope ? [scope] : []), segmentId, now, now, now, segmentId],
  }
}

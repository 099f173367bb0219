import {
  afterKeysetPosition,
  KeysetColumns,
  keysetCursorColumn,
  keysetNewestFirst,
  KeysetPosition,
} from "../../../lib/keyset"
import { join, raw, sql, SqlFragment } from "../../../lib/sql"
import type { SegmentMemberStatus } from "../constants"
import { Manager } from "../ledger/types"
import { runQuery } from "../statements/run-query"

export type { SegmentMemberStatus }

export type SegmentMembersFilter = {
  status: SegmentMemberStatus
  entered_after?: string | Date
  entered_before?: string | Date
}

/**
 * Where a page starts: after the membership `after` names (its `entered_at`
 * as text to the microsecond, and its id), or `offset` rows in.
 */
export type SegmentMembersPosition = {
  limit: number
  offset?: number
  after?: KeysetPosition
}

export type SegmentMemberRow = {
  id: string
  customer_id: string
  entered_at: Date
  left_at: Date | null
  /** `entered_at` to the microsecond, for the cursor to the next page. */
  cursor_at: string
}

/** The conditions of a filter, all of which hold. */
function whereMembers(segmentId: string, filter: SegmentMembersFilter): SqlFragment[] {
  const conditions = [sql`segment_id = ${segmentId}`, raw("deleted_at IS NULL")]
  if (filter.status === "current") conditions.push(raw("left_at IS NULL"))
  if (filter.status === "left") conditions.push(raw("left_at IS NOT NULL"))
  if (filter.entered_after) {
    conditions.push(sql`entered_at >= ${filter.entered_after}::timestamptz`)
  }
  if (filter.entered_before) {
    conditions.push(sql`entered_at < ${filter.entered_before}::timestamptz`)
  }
  return conditions
}

/** A membership's key in the (segment_id, entered_at, id) index, for keyset pages. */
const MEMBER_KEY: KeysetColumns = { at: "entered_at", id: "id" }

/**
 * One page of a segment's memberships, newest first, read backwards along
 * the (segment_id, entered_at, id) index. After a cursor the page starts
 * with a row comparison, so a page deep in a segment of 230,000 members
 * reads its twenty entries like the first page does; an offset would step
 * over every row before it. One refresh enters all its customers at the
 * same microsecond, which is why the id is part of the order and the cursor.
 */
export async function listSegmentMembersPage(
  manager: Manager,
  segmentId: string,
  filter: SegmentMembersFilter,
  position: SegmentMembersPosition
): Promise<SegmentMemberRow[]> {
  const conditions = whereMembers(segmentId, filter)
  if (position.after) {
    conditions.push(afterKeysetPosition(MEMBER_KEY, position.after))
  }
  const page = sql`SELECT id, customer_id, entered_at, left_at,
            ${keysetCursorColumn(MEMBER_KEY)}
       FROM customer_segment_membership
      WHERE ${join(conditions, " AND ")}
      ORDER BY ${keysetNewestFirst(MEMBER_KEY)}
      LIMIT ${position.limit} OFFSET ${position.after ? 0 : (position.offset ?? 0)}`
  return await runQuery<SegmentMemberRow>(manager, page)
}

/**
 * How many memberships a filter matches. The current members of a segment
 * are its kept `member_count` (every write of memberships keeps it in step,
 * in the same transaction): a COUNT over 230,000 members cost more than the
 * page itself. Null when the segment does not exist.
 */
export async function countSegmentMembers(
  manager: Manager,
  segmentId: string,
  filter: SegmentMembersFilter
): Promise<number | null> {
  if (filter.status === "current" && !filter.entered_after && !filter.entered_before) {
    const [segment] = await manager.execute(
      `SELECT member_count FROM customer_segment WHERE id = ? AND deleted_at IS NULL`,
      [segmentId]
    )
    return segment ? Number(segment.member_count) : null
  }
  const count = sql`SELECT (SELECT count(*)::int FROM customer_segment_membership
              WHERE ${join(whereMembers(segmentId, filter), " AND ")}) AS count
       FROM customer_segment WHERE id = ${segmentId} AND deleted_at IS NULL`
  const [segment] = await runQuery<{ count: number }>(manager, count)
  return segment ? segment.count : null
}

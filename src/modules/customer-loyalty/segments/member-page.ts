import type { SegmentMemberStatus } from "../constants"
import { Manager } from "../ledger/types"

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
  after?: { at: string; id: string }
}

export type SegmentMemberRow = {
  id: string
  customer_id: string
  entered_at: Date
  left_at: Date | null
  /** `entered_at` to the microsecond, for the cursor to the next page. */
  cursor_at: string
}

/** The WHERE clause of a filter and its parameters. */
function whereMembers(segmentId: string, filter: SegmentMembersFilter) {
  const conditions = ["segment_id = ?", "deleted_at IS NULL"]
  const params: unknown[] = [segmentId]
  if (filter.status === "current") conditions.push("left_at IS NULL")
  if (filter.status === "left") conditions.push("left_at IS NOT NULL")
  if (filter.entered_after) {
    conditions.push("entered_at >= ?::timestamptz")
    params.push(filter.entered_after)
  }
  if (filter.entered_before) {
    conditions.push("entered_at < ?::timestamptz")
    params.push(filter.entered_before)
  }
  return { conditions, params }
}

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
  const { conditions, params } = whereMembers(segmentId, filter)
  if (position.after) {
    conditions.push("(entered_at, id) < (?::timestamptz, ?)")
    params.push(position.after.at, position.after.id)
  }
  return await manager.execute(
    `SELECT id, customer_id, entered_at, left_at,
            to_char(entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
       FROM customer_segment_membership
      WHERE ${conditions.join(" AND ")}
      ORDER BY entered_at DESC, id DESC
      LIMIT ? OFFSET ?`,
    [...params, position.limit, position.after ? 0 : position.offset ?? 0]
  )
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
  const { conditions, params } = whereMembers(segmentId, filter)
  const [segment] = await manager.execute(
    `SELECT (SELECT count(*)::int FROM customer_segment_membership
              WHERE ${conditions.join(" AND ")}) AS count
       FROM customer_segment WHERE id = ? AND deleted_at IS NULL`,
    [...params, segmentId]
  )
  return segment ? segment.count : null
}

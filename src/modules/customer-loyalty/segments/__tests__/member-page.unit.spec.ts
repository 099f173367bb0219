import type { Manager } from "../../ledger/types"
import { listSegmentMembersPage } from "../member-page"

const recordingManager = () => {
  const seen: { text: string; params: unknown[] }[] = []
  const manager = {
    execute: async (text: string, params: unknown[]) => {
      seen.push({ text, params })
      return []
    },
  } as unknown as Manager
  return { manager, seen }
}

describe("a page of a segment's members", () => {
  it("pages on (entered_at, id) with the points lists' cursor column", async () => {
    const { manager, seen } = recordingManager()
    const after = { at: "2026-03-02T10:00:00.123456Z", id: "csegm_1" }
    await listSegmentMembersPage(
      manager,
      "cseg_1",
      { status: "left" },
      { limit: 21, offset: 40, after }
    )
    const [{ text, params }] = seen
    expect(text).toBe(`SELECT id, customer_id, entered_at, left_at,
            to_char(entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
       FROM customer_segment_membership
      WHERE segment_id = ? AND deleted_at IS NULL AND left_at IS NOT NULL AND (entered_at, id) < (?::timestamptz, ?)
      ORDER BY entered_at DESC, id DESC
      LIMIT ? OFFSET ?`)
    // After a cursor the offset is not applied.
    expect(params).toEqual(["cseg_1", after.at, after.id, 21, 0])
  })

  it("takes an offset and the entered range without a cursor", async () => {
    const { manager, seen } = recordingManager()
    await listSegmentMembersPage(
      manager,
      "cseg_1",
      {
        status: "current",
        entered_after: "2026-01-01T00:00:00Z",
        entered_before: "2026-02-01T00:00:00Z",
      },
      { limit: 21, offset: 40 }
    )
    const [{ text, params }] = seen
    expect(text).toContain(
      "WHERE segment_id = ? AND deleted_at IS NULL AND left_at IS NULL AND entered_at >= ?::timestamptz AND entered_at < ?::timestamptz\n"
    )
    expect(params).toEqual(["cseg_1", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", 21, 40])
  })
})

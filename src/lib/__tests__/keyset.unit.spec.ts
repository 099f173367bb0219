import { afterKeysetPosition, keysetCursorColumn, keysetNewestFirst } from "../keyset"

describe("keyset paging", () => {
  const key = { at: "e.created_at", id: "e.id" }

  it("writes the cursor's timestamp exactly as clients' cursors hold it", () => {
    // Cursors already handed out carry this form: changing it breaks them.
    expect(keysetCursorColumn(key)).toEqual(
      expect.objectContaining({
        text: `to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`,
        params: [],
      })
    )
    expect(keysetCursorColumn({ at: "entered_at", id: "id" }).text).toBe(
      `to_char(entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`
    )
  })

  it("compares the key as a row, the position's values as parameters", () => {
    const after = afterKeysetPosition(key, { at: "2026-03-02T10:00:00.123456Z", id: "lent_1" })
    expect(after.text).toBe("(e.created_at, e.id) < (?::timestamptz, ?)")
    expect(after.params).toEqual(["2026-03-02T10:00:00.123456Z", "lent_1"])
  })

  it("orders newest first on both columns", () => {
    expect(keysetNewestFirst(key).text).toBe("e.created_at DESC, e.id DESC")
  })
})

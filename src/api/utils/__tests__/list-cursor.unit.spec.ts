import { raw } from "../../../lib/sql"
import { decodeListCursor, encodeListCursor, pageQuery, pageWithCursor } from "../list-cursor"

describe("list cursors", () => {
  const position = { created_at: "2026-03-02T10:00:00.123456Z", id: "lent_01ABC" }

  it("decodes what it encodes, microseconds included", () => {
    const cursor = encodeListCursor(position)
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeListCursor(cursor)).toEqual(position)
  })

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["no separator", Buffer.from("2026-03-02T10:00:00.123456Z").toString("base64url")],
    [
      "milliseconds only",
      encodeListCursor({ ...position, created_at: "2026-03-02T10:00:00.123Z" }),
    ],
    ["not a date", encodeListCursor({ ...position, created_at: "2026-13-45T10:00:00.000000Z" })],
    [
      "a day that does not exist",
      encodeListCursor({ ...position, created_at: "2026-02-30T10:00:00.000000Z" }),
    ],
    ["hour 24", encodeListCursor({ ...position, created_at: "2026-03-02T24:00:00.000000Z" })],
    ["year 0", encodeListCursor({ ...position, created_at: "0000-03-02T10:00:00.000000Z" })],
    ["an id with SQL in it", encodeListCursor({ ...position, id: "x' OR 1=1 --" })],
    ["an empty id", encodeListCursor({ ...position, id: "" })],
    ["three parts", Buffer.from(`${position.created_at}|a|b`).toString("base64url")],
    ["huge", "A".repeat(100_000)],
  ])("refuses %s naming the field", (_label, value) => {
    expect(() => decodeListCursor(value)).toThrow(/Field 'cursor'/)
  })

  it("gives a next cursor only when there was a row past the page", () => {
    const rows = [3, 2, 1].map((n) => ({
      id: `lent_${n}`,
      cursor_at: `2026-03-0${n}T00:00:00.000000Z`,
    }))
    const full = pageWithCursor(rows, 2)
    expect(full.rows).toEqual([{ id: "lent_3" }, { id: "lent_2" }])
    expect(decodeListCursor(full.next_cursor!)).toEqual({
      id: "lent_2",
      created_at: "2026-03-02T00:00:00.000000Z",
    })
    expect(pageWithCursor(rows, 3).next_cursor).toBeNull()
    expect(pageWithCursor([], 3)).toEqual({ rows: [], next_cursor: null })
  })
})

describe("a page's statement", () => {
  const select = {
    columns: raw("e.id"),
    from: raw("loyalty_entry e"),
    where: [raw("e.deleted_at IS NULL")],
  }

  it("starts after the cursor on (created_at, id) and reads the cursor column", () => {
    const cursor = { created_at: "2026-03-02T10:00:00.123456Z", id: "lent_1" }
    const statement = pageQuery(select, "e", { limit: 20, offset: 40, cursor })
    expect(statement.text)
      .toBe(`SELECT e.id, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
  FROM loyalty_entry e
 WHERE e.deleted_at IS NULL
   AND (e.created_at, e.id) < (?::timestamptz, ?)
 ORDER BY e.created_at DESC, e.id DESC
 LIMIT ?`)
    // The offset is ignored after a cursor.
    expect(statement.params).toEqual([cursor.created_at, cursor.id, 21])
  })

  it("skips a small offset on the first pages", () => {
    const statement = pageQuery(select, "e", { limit: 20, offset: 40 })
    expect(statement.text).toMatch(
      / WHERE e\.deleted_at IS NULL\n ORDER BY e\.created_at DESC, e\.id DESC\n LIMIT \? OFFSET \?$/
    )
    expect(statement.params).toEqual([21, 40])
  })
})

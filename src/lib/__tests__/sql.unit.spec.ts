import { join, raw, sql } from "../sql"

describe("sql", () => {
  it("puts a placeholder for each value and splices fragments in", () => {
    const where = join([sql`a = ${1}`, sql`b = ${"x"}`], " AND ")
    expect(sql`SELECT * FROM t WHERE ${where} LIMIT ${raw("10")}`).toEqual(
      expect.objectContaining({
        text: "SELECT * FROM t WHERE a = ? AND b = ? LIMIT 10",
        params: [1, "x"],
      })
    )
  })

  it("keeps dates up to year 9999 as dates and writes later ones as PostgreSQL reads them", () => {
    const last = new Date("9999-12-31T23:59:59.999Z")
    const after = new Date(last.getTime() + 1)
    expect(sql`${last}`.params[0]).toBe(last)
    // Its ISO string, +010000-01-01T00:00:00.000Z, is not a timestamp to PostgreSQL.
    expect(sql`${after}`.params[0]).toBe("10000-01-01T00:00:00.000Z")
    expect(sql`${new Date("+275760-09-13T00:00:00.000Z")}`.params[0]).toBe(
      "275760-09-13T00:00:00.000Z"
    )
  })
})

import { splitIntoDays } from "../entry-summary"
import { mondayOf, utcDay } from "../utc-days"

const at = (iso: string) => new Date(iso)

describe("splitIntoDays", () => {
  it("reads whole days from the summary and part-days from the ledger", () => {
    expect(splitIntoDays(at("2026-03-01T12:00:00Z"), at("2026-03-04T06:00:00Z"))).toEqual({
      days: { from: "2026-03-02", before: "2026-03-04" },
      partDays: [
        { from: at("2026-03-01T12:00:00Z"), before: at("2026-03-02T00:00:00Z") },
        { from: at("2026-03-04T00:00:00Z"), before: at("2026-03-04T06:00:00Z") },
      ],
    })
  })

  it("needs no part-days for a range from midnight to midnight, or an open one", () => {
    expect(splitIntoDays(at("2026-03-01T00:00:00Z"), at("2026-03-03T00:00:00Z"))).toEqual({
      days: { from: "2026-03-01", before: "2026-03-03" },
      partDays: [],
    })
    expect(splitIntoDays(null, null)).toEqual({ days: { from: null, before: null }, partDays: [] })
  })

  it("reads a range inside one day, or across one midnight without a whole day, from the ledger alone", () => {
    const inside = { from: at("2026-03-01T01:00:00Z"), before: at("2026-03-01T02:00:00Z") }
    expect(splitIntoDays(inside.from, inside.before)).toEqual({ days: null, partDays: [inside] })
    const across = { from: at("2026-03-01T12:00:00Z"), before: at("2026-03-02T12:00:00Z") }
    expect(splitIntoDays(across.from, across.before)).toEqual({ days: null, partDays: [across] })
  })
})

describe("utcDay and mondayOf", () => {
  it("write days PostgreSQL reads, at both ends of the accepted range", () => {
    expect(utcDay(at("1900-01-01T00:00:00Z"))).toBe("1900-01-01")
    expect(utcDay(at("9999-12-31T23:59:59.999Z"))).toBe("9999-12-31")
    // The exclusive end of a range that ends on 9999-12-31.
    expect(utcDay(at("+010000-01-01T00:00:00Z"))).toBe("10000-01-01")
  })

  it("finds the Monday (UTC) of an instant's ISO week", () => {
    expect(utcDay(mondayOf(at("2026-03-01T23:00:00Z")))).toBe("2026-02-23") // a Sunday
    expect(utcDay(mondayOf(at("2026-03-02T00:00:00Z")))).toBe("2026-03-02") // a Monday
    expect(utcDay(mondayOf(at("9999-12-31T12:00:00Z")))).toBe("9999-12-27")
  })
})

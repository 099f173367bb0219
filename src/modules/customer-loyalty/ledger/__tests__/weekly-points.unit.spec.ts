import type { Manager } from "../types"
import { weeklyEntrySums } from "../entry-summary"
import { weeklyPointsOf, weeklyPointsQuery } from "../weekly-points"
import { raw, sql } from "../../../../lib/sql"

/** A manager that records the statement it is given. */
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

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim()

describe("the weekly points statement", () => {
  const from = new Date("2026-03-03T12:00:00Z") // a Tuesday
  const to = new Date("2026-03-17T23:59:59.999Z")

  it("lists every week from from's Monday to to's, with each type's sum over the source", () => {
    const statement = weeklyPointsQuery({
      from,
      to,
      source: sql`loyalty_entry e WHERE e.customer_id = ${"cus_1"}`,
      table: "e",
      utcTime: raw("e.created_at AT TIME ZONE 'UTC'"),
    })
    expect(squeeze(statement.text)).toBe(
      squeeze(`WITH weeks AS (
        SELECT generate_series(?::date, ?::date, interval '1 week')::date AS week_start
      ),
      sums AS (
        SELECT date_trunc('week', e.created_at AT TIME ZONE 'UTC')::date AS week_start,
               sum(e.points) FILTER (WHERE e.type = 'earn') AS earned,
               sum(e.points) FILTER (WHERE e.type = 'redeem') AS redeemed,
               sum(e.points) FILTER (WHERE e.type = 'adjust') AS adjusted,
               sum(e.points) FILTER (WHERE e.type = 'expire') AS expired,
               sum(e.points) FILTER (WHERE e.type = 'reverse') AS reversed
          FROM loyalty_entry e WHERE e.customer_id = ?
         GROUP BY 1
      )
      SELECT to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
             coalesce(s.earned, 0)::bigint AS earned,
             coalesce(s.redeemed, 0)::bigint AS redeemed,
             coalesce(s.adjusted, 0)::bigint AS adjusted,
             coalesce(s.expired, 0)::bigint AS expired,
             coalesce(s.reversed, 0)::bigint AS reversed
        FROM weeks w
        LEFT JOIN sums s ON s.week_start = w.week_start
       ORDER BY w.week_start`)
    )
    expect(statement.params).toEqual(["2026-03-02", "2026-03-16", "cus_1"])
  })

  it("reads the summary's whole days from from's day to to's", async () => {
    const { manager, seen } = recordingManager()
    await weeklyEntrySums(manager, { from, to, type: ["earn"], status: ["pending"] })
    const [{ text, params }] = seen
    expect(squeeze(text)).toContain(
      squeeze(`SELECT date_trunc('week', day)::date AS week_start,
               sum(points) FILTER (WHERE type = 'earn') AS earned,`)
    )
    expect(squeeze(text)).toContain(
      squeeze(`FROM (SELECT day, type, entries, points FROM loyalty_entry_day WHERE true AND day >= ?::date AND day < ?::date AND type IN (?) AND status IN (?)
        UNION ALL
        SELECT day, type, entries, points FROM loyalty_entry_day_change WHERE true AND day >= ?::date AND day < ?::date AND type IN (?) AND status IN (?)) s
        GROUP BY 1`)
    )
    const days = ["2026-03-03", "2026-03-18", "earn", "pending"]
    expect(params).toEqual(["2026-03-02", "2026-03-16", ...days, ...days])
  })

  it("reads a row's sums as numbers", () => {
    expect(
      weeklyPointsOf({
        week_start: "2026-03-02",
        earned: "5",
        redeemed: "-2",
        adjusted: "0",
        expired: "0",
        reversed: "-1",
      })
    ).toEqual({
      week_start: "2026-03-02",
      earned: 5,
      redeemed: -2,
      adjusted: 0,
      expired: 0,
      reversed: -1,
    })
  })
})

import { ENTRY_TYPES } from "../../constants"
import {
  POINTS_BY_TYPE,
  pointsByTypeColumns,
  pointsByTypeOf,
  pointsByTypeOrZero,
} from "../points-by-type"

describe("points by entry type", () => {
  it("sums entry types of the ledger's list, leaving closing and transfers to the net", () => {
    const summed = Object.keys(POINTS_BY_TYPE)
    expect(summed.every((type) => (ENTRY_TYPES as readonly string[]).includes(type))).toBe(true)
    expect(ENTRY_TYPES.filter((type) => !summed.includes(type))).toEqual(["close", "transfer"])
  })

  it("writes one FILTER sum per type, of a table's columns when given", () => {
    expect(pointsByTypeColumns({ orZero: false }).text.split(",\n       ")).toEqual([
      "sum(points) FILTER (WHERE type = 'earn') AS earned",
      "sum(points) FILTER (WHERE type = 'redeem') AS redeemed",
      "sum(points) FILTER (WHERE type = 'adjust') AS adjusted",
      "sum(points) FILTER (WHERE type = 'expire') AS expired",
      "sum(points) FILTER (WHERE type = 'reverse') AS reversed",
    ])
    expect(pointsByTypeColumns({ table: "e", orZero: true }).text.split(",\n       ")[0]).toBe(
      "coalesce(sum(e.points) FILTER (WHERE e.type = 'earn'), 0)::bigint AS earned"
    )
    expect(pointsByTypeOrZero("s").text.split(",\n       ")[4]).toBe(
      "coalesce(s.reversed, 0)::bigint AS reversed"
    )
  })

  it("reads the sums as numbers", () => {
    expect(
      pointsByTypeOf({
        earned: "12",
        redeemed: "-3",
        adjusted: "0",
        expired: "-1",
        reversed: "0",
        net: "8",
      })
    ).toEqual({ earned: 12, redeemed: -3, adjusted: 0, expired: -1, reversed: 0 })
  })
})

import { raw, SqlFragment } from "../../../lib/sql"
import { ENTRY_TYPES } from "../constants"

/**
 * The entry types the points report sums apart, each with the column (and
 * response field) it is summed into. Closing and transfer entries count in
 * the net alone.
 */
export const POINTS_BY_TYPE = {
  earn: "earned",
  redeem: "redeemed",
  adjust: "adjusted",
  expire: "expired",
  reverse: "reversed",
} as const satisfies Partial<Record<(typeof ENTRY_TYPES)[number], string>>

export type PointsByType = Record<(typeof POINTS_BY_TYPE)[keyof typeof POINTS_BY_TYPE], number>

const SUMMED = Object.entries(POINTS_BY_TYPE)

const SEPARATOR = ",\n       "

const qualified = (table: string | undefined, column: string) =>
  table ? `${table}.${column}` : column

/** `sum(points) FILTER (WHERE type = 'earn')`: null where no entry is of the type. */
const sumOfType = (table: string | undefined, type: string) =>
  `sum(${qualified(table, "points")}) FILTER (WHERE ${qualified(table, "type")} = '${type}')`

/**
 * The select list of one sum per type, `… AS earned, … AS redeemed, …`, over
 * rows with `type` and `points` (of `table` when given). With `orZero`, a
 * type without entries sums to 0 rather than null, as a bigint.
 */
export function pointsByTypeColumns({
  table,
  orZero,
}: {
  table?: string
  orZero: boolean
}): SqlFragment {
  return raw(
    SUMMED.map(([type, column]) =>
      orZero
        ? `coalesce(${sumOfType(table, type)}, 0)::bigint AS ${column}`
        : `${sumOfType(table, type)} AS ${column}`
    ).join(SEPARATOR)
  )
}

/**
 * The select list passing on the sums of `table` (a join's side that can
 * be missing), 0 where it is: `coalesce(s.earned, 0)::bigint AS earned, …`.
 */
export function pointsByTypeOrZero(table: string): SqlFragment {
  return raw(
    SUMMED.map(([, column]) => `coalesce(${table}.${column}, 0)::bigint AS ${column}`).join(
      SEPARATOR
    )
  )
}

/** The sums of a row as numbers (PostgreSQL's bigints arrive as text). */
export function pointsByTypeOf(row: Record<string, unknown>): PointsByType {
  return Object.fromEntries(
    SUMMED.map(([, column]) => [column, Number(row[column])])
  ) as PointsByType
}

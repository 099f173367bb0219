import { join, sql, SqlFragment } from "../lib/sql"
import type { ExportCellKind } from "../utils/export-cells"

// CSV cells written by PostgreSQL, so the export's rows arrive as finished
// lines: the server only passes them on. Every cell is quoted; a text cell
// a spreadsheet would run as a formula (starting with =, +, -, @, tab or
// carriage return) gets a leading apostrophe.

export type CsvCellKind = ExportCellKind

/** A text cell: formula-escaped, quotes doubled, quoted; empty when null. */
export const csvTextCell = (value: SqlFragment): SqlFragment => sql`'"' || replace(
         CASE WHEN left(COALESCE((${value})::text, ''), 1) IN ('=', '+', '-', '@', E'\\t', E'\\r')
              THEN '''' || (${value})::text
              ELSE COALESCE((${value})::text, '') END,
         '"', '""') || '"'`

/**
 * A number or true/false, quoted but not escaped: the database wrote it, so
 * it is no formula, and a negative total must stay a number.
 */
export const csvValueCell = (value: SqlFragment): SqlFragment =>
  sql`'"' || COALESCE((${value})::text, '') || '"'`

/** An instant as ISO 8601 in UTC with milliseconds (`2026-11-25T12:00:00.000Z`). */
export const csvDateCell = (value: SqlFragment): SqlFragment =>
  sql`'"' || COALESCE(to_char((${value}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '') || '"'`

const CELL: Record<CsvCellKind, (value: SqlFragment) => SqlFragment> = {
  text: csvTextCell,
  number: csvValueCell,
  boolean: csvValueCell,
  date: csvDateCell,
}

/** One CSV line (without its line break) of the columns, as one text column `line`. */
export function csvLine(columns: { value: SqlFragment; kind: CsvCellKind }[]): SqlFragment {
  return sql`concat_ws(',',
         ${join(columns.map((column) => CELL[column.kind](column.value)), ",\n         ")}) AS line`
}

/** The header line (without its line break): every name quoted. */
export const csvHeader = (names: string[]) =>
  names.map((name) => `"${name.replace(/"/g, '""')}"`).join(",")



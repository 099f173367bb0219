import { ExportCellKind, formulaEscapedText } from "../utils/export-cells"
import { join, sql, SqlFragment } from "./sql"

// The exports' CSV, written by PostgreSQL: each row arrives as one finished
// line (column `line`) and the server only passes it on. A text cell is
// quoted, quotes doubled, and one a spreadsheet would run as a formula
// (starting with =, +, -, @, tab or carriage return) gets a leading
// apostrophe — the same escaping as the Excel cells.

/** Byte order mark: makes Excel read the file as UTF-8. */
export const UTF8_BOM = "\uFEFF"

/**
 * How a file writes its fields. `quoted`: every field quoted, an empty one
 * as `""`, numbers too (the customer overview). `plain`: text and instants
 * quoted, numbers and true/false bare (so -250 points is a value, not a
 * formula), an empty field empty (the points export).
 */
export type CsvStyle = "quoted" | "plain"

export type CsvColumn = { value: SqlFragment; kind: ExportCellKind }

/** Text between quotes, its quotes doubled; NULL stays NULL. */
const quoted = (text: SqlFragment) => sql`'"' || replace(${text}, '"', '""') || '"'`

/** An instant as ISO 8601 in UTC with milliseconds (`2026-11-25T12:00:00.000Z`). */
const isoInstant = (value: SqlFragment) =>
  sql`to_char((${value}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** A number or true/false as PostgreSQL prints it: it wrote it, so it is no formula. */
const printed = (value: SqlFragment) => sql`(${value})::text`

const CELL: Record<CsvStyle, Record<ExportCellKind, (value: SqlFragment) => SqlFragment>> = {
  quoted: {
    text: (value) => quoted(sql`COALESCE(${formulaEscapedText(value)}, '')`),
    number: (value) => sql`'"' || COALESCE(${printed(value)}, '') || '"'`,
    boolean: (value) => sql`'"' || COALESCE(${printed(value)}, '') || '"'`,
    date: (value) => sql`'"' || COALESCE(${isoInstant(value)}, '') || '"'`,
  },
  plain: {
    text: (value) => sql`COALESCE(${quoted(formulaEscapedText(value))}, '')`,
    number: (value) => sql`COALESCE(${printed(value)}, '')`,
    boolean: (value) => sql`COALESCE(${printed(value)}, '')`,
    date: (value) => sql`COALESCE('"' || ${isoInstant(value)} || '"', '')`,
  },
}

/** One CSV line (without its line break) of the columns, as one text column `line`. */
export function csvLine(columns: CsvColumn[], style: CsvStyle): SqlFragment {
  return sql`concat_ws(',',
         ${join(
           columns.map((column) => CELL[style][column.kind](column.value)),
           ",\n         "
         )}) AS line`
}

/** The header line (without its line break): every name quoted. */
export const csvHeader = (names: string[]) =>
  names.map((name) => `"${name.replace(/"/g, '""')}"`).join(",")

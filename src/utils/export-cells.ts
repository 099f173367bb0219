import { join, raw, sql, SqlFragment } from "../lib/sql"

// The export's cell values for an Excel workbook, written by PostgreSQL so
// that the server only wraps them in the sheet's markup: text escaped for
// XML, numbers and booleans as Excel stores them, instants as Excel's day
// numbers (UTC). NULL is an empty cell.

export type ExportCellKind = "text" | "number" | "boolean" | "date"

export type ExportColumn = { header: string; value: SqlFragment; kind: ExportCellKind }

/**
 * `value` as text, with a leading apostrophe when a spreadsheet would run
 * it as a formula — the same escaping as the CSV files.
 */
export const formulaEscapedText = (value: SqlFragment): SqlFragment =>
  sql`CASE WHEN left((${value})::text, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r')
            THEN '''' || (${value})::text ELSE (${value})::text END`

/** Control characters XML 1.0 does not allow (all below 0x20 but tab, LF and CR; U+FFFE, U+FFFF). */
const XML_INVALID = raw(
  "E'" +
    Array.from({ length: 0x20 }, (_, code) => code)
      .filter((code) => code !== 0 && code !== 0x09 && code !== 0x0a && code !== 0x0d)
      .map((code) => `\\x${code.toString(16).padStart(2, "0")}`)
      .join("") +
    "\\uFFFE\\uFFFF'"
)

/** The most characters an Excel cell holds. */
const EXCEL_CELL_CHARACTERS = 32767

/**
 * A text cell's content for the sheet's XML: formula-escaped, cut to what
 * Excel holds, characters XML forbids dropped, `& < >` escaped and a
 * carriage return kept as a character reference (XML would read it as a
 * line feed).
 */
const xmlText = (value: SqlFragment): SqlFragment =>
  sql`replace(replace(replace(replace(
         translate(left(${formulaEscapedText(value)}, ${raw(String(EXCEL_CELL_CHARACTERS))}), ${XML_INVALID}, ''),
         '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\\r', '&#13;')`

const XLSX_VALUE: Record<ExportCellKind, (value: SqlFragment) => SqlFragment> = {
  text: xmlText,
  number: (value) => sql`(${value})::text`,
  boolean: (value) => sql`CASE WHEN (${value}) THEN '1' WHEN NOT (${value}) THEN '0' END`,
  // Days since 1899-12-30, the day number Excel shows as a date.
  date: (value) => sql`round(extract(epoch FROM (${value})) / 86400 + 25569, 10)::text`,
}

/** The select list of a workbook export: one text column per column, `c1`, `c2`, … */
export function xlsxColumns(columns: ExportColumn[]): SqlFragment {
  return join(
    columns.map(
      (column, index) => sql`${XLSX_VALUE[column.kind](column.value)} AS ${raw(`c${index + 1}`)}`
    ),
    ",\n       "
  )
}

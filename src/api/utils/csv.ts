/**
 * CSV cells for spreadsheets: every text cell is quoted, and one that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) gets a leading apostrophe. Numbers stay bare numbers:
 * -250 points is a value, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export type CsvColumn<Row> = {
  header: string
  value: (row: Row) => unknown
  numeric?: boolean
}

export function csvTextCell(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (FORMULA_START.test(text)) {
    text = `'${text}`
  }
  return `"${text.replace(/"/g, '""')}"`
}

export function csvNumberCell(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return ""
  }
  const number = Number(value)
  return Number.isFinite(number) ? String(number) : csvTextCell(value)
}

export function csvHeader<Row>(columns: CsvColumn<Row>[]): string {
  return columns.map((column) => csvTextCell(column.header)).join(",") + "\r\n"
}

export function csvLine<Row>(columns: CsvColumn<Row>[], row: Row): string {
  return (
    columns
      .map((column) =>
        column.numeric
          ? csvNumberCell(column.value(row))
          : csvTextCell(column.value(row))
      )
      .join(",") + "\r\n"
  )
}

/** Byte order mark: makes Excel read the file as UTF-8. */
export const UTF8_BOM = "\uFEFF"

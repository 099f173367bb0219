import ExcelJS from "exceljs"

type ExcelBuffer = Parameters<ExcelJS.Xlsx["load"]>[0]

/** A downloaded workbook, read back with exceljs. */
export async function readWorkbook(bytes: ArrayBuffer | Buffer) {
  const book = new ExcelJS.Workbook()
  // exceljs types `load`'s argument as its own `Buffer` (an ArrayBuffer),
  // which Node's Buffer does not match; at run time it takes Node's Buffer.
  await book.xlsx.load(Buffer.from(bytes as ArrayBuffer) as unknown as ExcelBuffer)
  return book
}

/** A sheet's rows below its header row, as objects keyed by the header. */
export function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = sheetHeaders(sheet)
  const records: Record<string, unknown>[] = []
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number)
    records.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value])))
  }
  return records
}

export const sheetHeaders = (sheet: ExcelJS.Worksheet) =>
  (sheet.getRow(1).values as unknown[]).slice(1) as string[]

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

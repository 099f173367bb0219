import ExcelJS from "exceljs"
import { Readable } from "stream"
import { pipeline } from "stream/promises"
import { columnName } from "../xlsx-parts"
import { xlsxBody, XlsxBodyOptions } from "../xlsx-body"
import { copyData, pieces } from "./copy-data"

const COLUMNS: XlsxBodyOptions["columns"] = [
  { header: "when", kind: "date" },
  { header: "name", kind: "text" },
  { header: "points", kind: "number" },
  { header: "member", kind: "boolean" },
]

async function workbook(
  rows: (string | null)[][],
  options: Partial<XlsxBodyOptions> = {},
  chunkSize = 5
) {
  const out: Buffer[] = []
  await pipeline(
    Readable.from(pieces(copyData(rows), chunkSize)),
    xlsxBody({ sheetName: "Points", columns: COLUMNS, ...options }),
    async function (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        out.push(chunk)
      }
    }
  )
  const book = new ExcelJS.Workbook()
  // exceljs types `load`'s argument as its own `Buffer` (an ArrayBuffer),
  // which Node's Buffer does not match; at run time it takes Node's Buffer.
  await book.xlsx.load(Buffer.concat(out) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0])
  return book
}

// 2026-03-18T10:00:00Z as Excel's day number (days since 1899-12-30).
const MARCH_18 = String(Date.UTC(2026, 2, 18, 10) / 86_400_000 + 25569)

describe("xlsxBody", () => {
  it("writes a sheet with a header row, dates as dates, numbers as numbers, text as text", async () => {
    const book = await workbook([
      [MARCH_18, "Ada &lt;Lovelace&gt; &amp; co", "-300", "1"],
      [null, '\'=HYPERLINK("x")', "1250.5", "0"],
    ])
    const sheet = book.getWorksheet("Points")!
    expect(sheet.rowCount).toBe(3)
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "when",
      "name",
      "points",
      "member",
    ])
    const first = sheet.getRow(2)
    expect(first.getCell(1).value).toEqual(new Date("2026-03-18T10:00:00Z"))
    expect(first.getCell(1).numFmt).toBe("yyyy-mm-dd hh:mm:ss")
    expect(first.getCell(2).value).toBe("Ada <Lovelace> & co")
    expect(first.getCell(3).value).toBe(-300)
    expect(first.getCell(4).value).toBe(true)
    const second = sheet.getRow(3)
    expect(second.getCell(1).value).toBeNull()
    expect(second.getCell(2).type).toBe(ExcelJS.ValueType.String)
    expect(second.getCell(2).value).toBe('\'=HYPERLINK("x")')
    expect(second.getCell(3).value).toBe(1250.5)
    expect(second.getCell(4).value).toBe(false)
  })

  it("keeps a tab, a line break and a carriage return in text", async () => {
    const book = await workbook([[null, "a\tb\nc&#13;d", null, null]])
    expect(book.getWorksheet("Points")!.getRow(2).getCell(2).value).toBe("a\tb\nc\rd")
  })

  it("goes on in a new sheet, header first, when a sheet is full", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => [null, `row ${i + 1}`, String(i + 1), null])
    const book = await workbook(rows, { rowsPerSheet: 2 }, 3)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Points", "Points 2", "Points 3"])
    expect(book.worksheets.map((sheet) => sheet.getColumn(2).values.slice(1))).toEqual([
      ["name", "row 1", "row 2"],
      ["name", "row 3", "row 4"],
      ["name", "row 5"],
    ])
  })

  it("numbers rows and cells past the first few", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [null, `row ${i + 1}`, String(i + 1), null])
    const sheet = (await workbook(rows, {}, 4096)).getWorksheet("Points")!
    expect(sheet.rowCount).toBe(1501)
    expect(sheet.getCell("B1501").value).toBe("row 1500")
    expect(sheet.getCell("C1000").value).toBe(999)
  })

  it("writes a workbook with only the header when there is no row", async () => {
    const book = await workbook([])
    expect(book.getWorksheet("Points")!.rowCount).toBe(1)
  })

  it("names columns as spreadsheets do", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ])
  })
})

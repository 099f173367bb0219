import { Duplex, PassThrough, Writable } from "stream"
import { ZipFile } from "yazl"
import type { ExportCellKind } from "../../../utils/export-cells"
import { ByteWriter, CopyBinaryRows, CopyRow } from "./copy-binary-rows"
import {
  columnName,
  CONTENT_TYPES,
  DATE_STYLE,
  ROOT_RELATIONSHIPS,
  SHEET_END,
  sheetPath,
  sheetStart,
  STYLES,
  workbookParts,
} from "./xlsx-parts"

/** The rows of an Excel sheet, the header row included. */
export const XLSX_SHEET_ROWS = 1_048_576

/** A cell's markup between its reference and its value, and after the value. */
const CELL: Record<ExportCellKind, [string, string]> = {
  text: ['" t="inlineStr"><is><t xml:space="preserve">', "</t></is></c>"],
  number: ['"><v>', "</v></c>"],
  boolean: ['" t="b"><v>', "</v></c>"],
  date: [`" s="${DATE_STYLE}"><v>`, "</v></c>"],
}

export type XlsxBodyOptions = {
  /** The first sheet's name; further sheets are "<name> 2", "<name> 3", … */
  sheetName: string
  /** The columns, in the order of the COPY's fields (see utils/export-cells.ts). */
  columns: { header: string; kind: ExportCellKind }[]
  /** Data rows per sheet before the next one starts (Excel's limit by default). */
  rowsPerSheet?: number
}

/**
 * COPY data whose fields are the cells' values as utils/export-cells.ts
 * writes them → an .xlsx workbook, streamed: each row becomes a `<row>` of
 * the current sheet as it arrives, the sheet is deflated into the zip while
 * it is written, and a sheet that reaches Excel's row limit is closed and
 * the next one begun. What is written waits for the zip (and so the
 * response) to take the previous chunk, so memory stays flat.
 *
 * The zip's entries: content types, package relationships and styles
 * first, then the sheets, then the workbook and its relationships, which
 * name the sheets and so come once their number is known.
 */
export function xlsxBody({
  sheetName,
  columns,
  rowsPerSheet = XLSX_SHEET_ROWS - 1,
}: XlsxBodyOptions): Duplex {
  const zip = new ZipFile()
  const mtime = new Date()
  zip.addBuffer(Buffer.from(CONTENT_TYPES), "[Content_Types].xml", { mtime })
  zip.addBuffer(Buffer.from(ROOT_RELATIONSHIPS), "_rels/.rels", { mtime })
  zip.addBuffer(Buffer.from(STYLES), "xl/styles.xml", { mtime })

  const start = Buffer.from(sheetStart(columns), "utf8")
  // Each cell's markup before its row number, between the number and the
  // value, and after the value.
  const cellStart = columns.map((_, index) => Buffer.from(`<c r="${columnName(index)}`, "latin1"))
  const cellMiddle = columns.map((column) => Buffer.from(CELL[column.kind][0], "latin1"))
  const cellEnd = columns.map((column) => Buffer.from(CELL[column.kind][1], "latin1"))
  const ROW_START = Buffer.from('<row r="', "latin1")
  const ROW_MIDDLE = Buffer.from('">', "latin1")
  const ROW_END = Buffer.from("</row>", "latin1")
  const rows = new CopyBinaryRows(columns.length)
  const out = new ByteWriter()
  const sheetNames: string[] = []
  let sheet = new PassThrough()
  let sheetRows = 0

  const openSheet = () => {
    sheet = new PassThrough()
    sheetNames.push(sheetNames.length ? `${sheetName} ${sheetNames.length + 1}` : sheetName)
    // The fastest deflate: the sheet's markup still shrinks about tenfold,
    // at twice the speed of the default level (which makes a 30 % smaller file).
    zip.addReadStream(sheet, sheetPath(sheetNames.length), { mtime, compressionLevel: 1 })
    sheet.write(start)
    sheetRows = 0
  }
  const closeSheet = () => {
    out.ascii(SHEET_END)
    sheet.end(out.take())
  }

  const writeRow = ({ bytes, count, starts, ends }: CopyRow) => {
    if (sheetRows === rowsPerSheet) {
      closeSheet()
      openSheet()
    }
    sheetRows++
    const number = sheetRows + 1
    out.bytes(ROW_START)
    out.reserve(16)
    out.digits(number)
    out.bytes(ROW_MIDDLE)
    for (let field = 0; field < count; field++) {
      if (starts[field] === -1) {
        continue
      }
      out.bytes(cellStart[field])
      out.reserve(16)
      out.digits(number)
      out.bytes(cellMiddle[field])
      out.bytes(bytes, starts[field], ends[field])
      out.bytes(cellEnd[field])
    }
    out.bytes(ROW_END)
  }

  openSheet()
  const writable = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        rows.push(chunk, writeRow)
      } catch (error) {
        return done(error as Error)
      }
      if (!out.size || sheet.write(out.take())) {
        return done()
      }
      sheet.once("drain", () => done())
    },
    final(done) {
      if (!rows.done) {
        return done(new Error("The export's data ended early"))
      }
      closeSheet()
      const { workbook, relationships } = workbookParts(sheetNames)
      zip.addBuffer(Buffer.from(workbook, "utf8"), "xl/workbook.xml", { mtime })
      zip.addBuffer(Buffer.from(relationships, "utf8"), "xl/_rels/workbook.xml.rels", { mtime })
      zip.end()
      done()
    },
  })
  return Duplex.from({ writable, readable: zip.outputStream as PassThrough })
}

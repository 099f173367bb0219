import type { ExportCellKind } from "../../../utils/export-cells"

// The fixed parts of an .xlsx workbook (Office Open XML, SpreadsheetML):
// what a workbook of plain sheets needs and no more. Cell styles: 0 plain,
// 1 date and time, 2 bold (the header row).

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"

export const DATE_STYLE = 1
export const HEADER_STYLE = 2

/** Every .xml part not named otherwise is a worksheet. */
export const CONTENT_TYPES =
  XML_HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  "</Types>"

export const ROOT_RELATIONSHIPS =
  XML_HEAD +
  `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
  `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
  "</Relationships>"

export const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>"

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

export const sheetPath = (index: number) => `xl/worksheets/sheet${index}.xml`

/** The workbook and its relationships, once the number of sheets is known. */
export function workbookParts(sheetNames: string[]) {
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>` +
    sheetNames
      .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("") +
    "</sheets></workbook>"
  const relationships =
    XML_HEAD +
    `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
    sheetNames
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join("") +
    `<Relationship Id="rId${sheetNames.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
    "</Relationships>"
  return { workbook, relationships }
}

const WIDTH: Record<ExportCellKind, number> = { text: 24, number: 12, boolean: 10, date: 20 }

/** Column letters: A … Z, AA … */
export function columnName(index: number): string {
  let name = ""
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}

/** A sheet up to its first data row: frozen header row, column widths, the header. */
export function sheetStart(columns: { header: string; kind: ExportCellKind }[]) {
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    "<cols>" +
    columns
      .map(
        (column, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${WIDTH[column.kind]}" customWidth="1"/>`
      )
      .join("") +
    "</cols><sheetData>" +
    '<row r="1">' +
    columns
      .map(
        (column, i) =>
          `<c r="${columnName(i)}1" s="${HEADER_STYLE}" t="inlineStr"><is><t>${escapeXml(column.header)}</t></is></c>`
      )
      .join("") +
    "</row>"
  )
}

export const SHEET_END = "</sheetData></worksheet>"

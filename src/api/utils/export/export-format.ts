import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import type { Duplex } from "stream"
import type { ExportCellKind } from "../../../utils/export-cells"
import { EXPORT_FORMATS, type ExportFormat } from "../../../utils/export-formats"
import { fieldError } from "../../../lib/schemas/field-rules"
import { csvBody } from "./csv-body"
import { xlsxBody } from "./xlsx-body"

export { EXPORT_FORMATS }
export type { ExportFormat }

/** `?format=csv` (the default) or `?format=xlsx`. */
export const exportFormatParam = z
  .enum(EXPORT_FORMATS, fieldError("format", "must be 'csv' or 'xlsx'"))
  .default("csv")

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

/** What turns the export's COPY data into the file. */
export type ExportLayout = {
  /** CSV: what comes before the lines (byte order mark and header line). */
  csvHead: string
  /** Excel: the sheet's name and the columns in the COPY's order. */
  sheetName: string
  columns: { header: string; kind: ExportCellKind }[]
}

export const exportBody = (format: ExportFormat, layout: ExportLayout): Duplex =>
  format === "csv"
    ? csvBody(layout.csvHead)
    : xlsxBody({ sheetName: layout.sheetName, columns: layout.columns })

/**
 * Answers with a download `<basename>.<format>` that `write` streams into
 * the response. An error before the first byte is answered as usual; after
 * it, the connection is cut so that the client sees a failed download
 * rather than a short file.
 */
export async function sendExport(
  res: MedusaResponse,
  { basename, format }: { basename: string; format: ExportFormat },
  write: () => Promise<void>
) {
  res.status(200)
  res.setHeader("Content-Type", CONTENT_TYPE[format])
  res.setHeader("Content-Disposition", `attachment; filename="${basename}.${format}"`)
  res.setHeader("Cache-Control", "no-store")
  try {
    await write()
  } catch (error) {
    if (!res.headersSent && !res.destroyed) {
      throw error
    }
    res.destroy(error as Error)
  }
}

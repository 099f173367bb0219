/** The file formats of the exports (`?format=`); no imports, so the admin reads it too. */
export const EXPORT_FORMATS = ["csv", "xlsx"] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

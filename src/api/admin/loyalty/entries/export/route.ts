import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendExport } from "../../../../utils/export/export-format"
import { streamEntriesExport } from "../../../../utils/loyalty-entries-report"
import { toDateRange } from "../../../../utils/loyalty-validators"
import { AdminExportLoyaltyEntriesParamsType } from "../../validators"

/** The entries report (same filters, no paging) as a CSV or Excel download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, format, ...filters } = req.validatedQuery as AdminExportLoyaltyEntriesParamsType
  await sendExport(res, { basename: "loyalty-entries", format }, () =>
    streamEntriesExport(req.scope, { ...filters, ...toDateRange({ from, to }) }, format, res)
  )
}

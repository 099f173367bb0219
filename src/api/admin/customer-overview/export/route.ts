import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendExport } from "../../../utils/export/export-format"
import { overviewRequest, streamCustomerOverviewExport } from "../helpers"
import { AdminExportCustomerOverviewParamsType } from "../validators"

/** The overview (same filters and order, every row) as a CSV or Excel download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminExportCustomerOverviewParamsType
  const request = await overviewRequest(req.scope, params)
  const day = new Date().toISOString().slice(0, 10)
  await sendExport(res, { basename: `customers-${day}`, format: params.format }, () =>
    streamCustomerOverviewExport(req.scope, request, params.format, res)
  )
}

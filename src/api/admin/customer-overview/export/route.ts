import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { overviewRequest, streamCustomerOverviewCsv } from "../helpers"
import { AdminExportCustomerOverviewParamsType } from "../validators"

/** The overview (same filters and order, every row) as a CSV download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const request = await overviewRequest(
    req.scope,
    req.validatedQuery as AdminExportCustomerOverviewParamsType
  )
  const day = new Date().toISOString().slice(0, 10)
  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="customers-${day}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  try {
    await streamCustomerOverviewCsv(req.scope, request, res)
  } catch (error) {
    if (!res.headersSent) {
      throw error
    }
    // Half a file is worse than none: cut the connection so the client
    // sees a failed download rather than a short one.
    res.destroy(error as Error)
  }
}

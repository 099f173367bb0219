import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { streamEntriesCsv } from "../../../../utils/loyalty-entries-report"
import { toDateRange } from "../../../../utils/loyalty-validators"
import { AdminExportLoyaltyEntriesParamsType } from "../../validators"

/** The entries report (same filters, no paging) as a CSV download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, ...filters } =
    req.validatedQuery as AdminExportLoyaltyEntriesParamsType
  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    'attachment; filename="loyalty-entries.csv"'
  )
  res.setHeader("Cache-Control", "no-store")
  try {
    await streamEntriesCsv(
      req.scope,
      { ...filters, ...toDateRange({ from, to }) },
      res
    )
  } catch (error) {
    if (!res.headersSent) {
      throw error
    }
    // Half a file is worse than none: cut the connection so the client
    // sees a failed download rather than a short one.
    res.destroy(error as Error)
  }
}

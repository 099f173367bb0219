import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../modules/customer-loyalty/service"
import { compileSegmentRules, PREVIEW_CUSTOMER_COLUMNS, segmentPreview } from "../../../../segments"
import { AdminPreviewSegmentType } from "../validators"
import type { AdminSegmentPreviewResponse, Served } from "../../../../types/http"

const PREVIEW_TIMEOUT_SECONDS = 60
/** PostgreSQL's error code for a statement stopped by statement_timeout. */
const QUERY_CANCELED = "57014"

/** How many customers the rules select, and a sample, without saving anything. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewSegmentType>,
  res: MedusaResponse<Served<AdminSegmentPreviewResponse>>
) => {
  const loyalty = req.scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const settings = loyalty.getSegmentSettings()
  const members = compileSegmentRules(req.validatedBody.rules, {
    timezone: settings.timezone,
    now: new Date(),
    marketing_consent_key: settings.marketing_consent_key,
    customer_columns: PREVIEW_CUSTOMER_COLUMNS,
  })
  // The builder previews as staff type: give each statement the memory an
  // aggregate over a million orders needs, and a time limit. No JIT: the
  // statement is new each time, and compiling it cost more (≈ 1 s at ten
  // million orders) than it saved.
  const [preview] = await loyalty
    .runQueryWithSettings<{
      count: string
      /** Built in the statement as JSON (segmentPreview). */
      sample: AdminSegmentPreviewResponse["sample"]
    }>(segmentPreview(members), [
      `SET LOCAL work_mem = '64MB'`,
      `SET LOCAL jit = off`,
      `SET LOCAL statement_timeout = '${PREVIEW_TIMEOUT_SECONDS}s'`,
    ])
    .catch((error: { code?: string }) => {
      if (error?.code === QUERY_CANCELED) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The preview took longer than ${PREVIEW_TIMEOUT_SECONDS} s; save the segment and refresh it instead`
        )
      }
      throw error
    })

  res.json({
    count: Number(preview.count),
    sample: preview.sample,
    timezone: settings.timezone,
  })
}

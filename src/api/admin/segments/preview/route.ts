import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../modules/customer-loyalty/service"
import { compileSegmentRules, segmentPreview } from "../../../../segments"
import { AdminPreviewSegmentType } from "../validators"

/** How many customers the rules select, and a sample, without saving anything. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewSegmentType>,
  res: MedusaResponse
) => {
  const settings = req.scope
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .getSegmentSettings()
  const members = compileSegmentRules(req.validatedBody.rules, {
    timezone: settings.timezone,
    now: new Date(),
    marketing_consent_key: settings.marketing_consent_key,
  })
  const statement = segmentPreview(members)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const {
    rows: [preview],
  } = await pg.raw(statement.text, statement.params as any[])

  res.json({
    count: Number(preview.count),
    sample: preview.sample,
    timezone: settings.timezone,
  })
}

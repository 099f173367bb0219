import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../modules/customer-loyalty/service"
import { updateLoyaltySettingsWorkflow } from "../../../../workflows/loyalty-config"
import { AdminUpdateLoyaltySettingsType } from "../validators"
import type { AdminLoyaltySettingsResponse } from "../../../../types/http"

const formatSettings = (settings: Record<string, any>) => ({
  id: settings.id,
  points_per_currency: settings.points_per_currency ?? {},
  pending_days: settings.pending_days,
  booking_pending_hours: settings.booking_pending_hours,
  expiry_months: settings.expiry_months,
  min_redeem: settings.min_redeem,
  updated_at: settings.updated_at,
})

const readSettings = (req: AuthenticatedMedusaRequest) =>
  req.scope
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .retrieveProgramSettings()

/** The program settings (created with defaults on first read). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLoyaltySettingsResponse>) => {
  res.json({ settings: formatSettings(await readSettings(req)) })
}

/** Changes some settings; fields left out keep their values. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltySettingsType>,
  res: MedusaResponse<AdminLoyaltySettingsResponse>
) => {
  await updateLoyaltySettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: formatSettings(await readSettings(req)) })
}

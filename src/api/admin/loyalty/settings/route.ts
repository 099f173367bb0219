import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../modules/customer-loyalty/service"
import type { LoyaltySettingsDTO } from "../../../../modules/customer-loyalty/types"
import { updateLoyaltySettingsWorkflow } from "../../../../workflows/loyalty-config"
import { AdminUpdateLoyaltySettingsType } from "../validators"
import type {
  AdminLoyaltySettings,
  AdminLoyaltySettingsResponse,
  Served,
} from "../../../../types/http"

/** The settings row as read: `updated_at` too, unless the defaults stand in for a missing row. */
type SettingsRow = LoyaltySettingsDTO & { updated_at?: Date }

const formatSettings = (settings: SettingsRow): Served<AdminLoyaltySettings> => ({
  id: settings.id,
  points_per_currency: settings.points_per_currency ?? {},
  pending_days: settings.pending_days,
  booking_pending_hours: settings.booking_pending_hours,
  expiry_months: settings.expiry_months,
  min_redeem: settings.min_redeem,
  updated_at: settings.updated_at,
})

const readSettings = (req: AuthenticatedMedusaRequest) =>
  req.scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE).retrieveProgramSettings()

/** The program settings (created with defaults on first read). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Served<AdminLoyaltySettingsResponse>>
) => {
  res.json({ settings: formatSettings(await readSettings(req)) })
}

/** Changes some settings; fields left out keep their values. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateLoyaltySettingsType>,
  res: MedusaResponse<Served<AdminLoyaltySettingsResponse>>
) => {
  await updateLoyaltySettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: formatSettings(await readSettings(req)) })
}

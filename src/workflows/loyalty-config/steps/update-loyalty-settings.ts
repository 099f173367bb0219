import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltySettingsDTO } from "../../../modules/customer-loyalty"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type UpdateLoyaltySettingsStepInput = Partial<
  Omit<LoyaltySettingsDTO, "id">
>

export const updateLoyaltySettingsStepId = "update-loyalty-settings"

/** Updates the program settings; the compensation writes back the old values. */
export const updateLoyaltySettingsStep = createStep(
  updateLoyaltySettingsStepId,
  async (data: UpdateLoyaltySettingsStepInput, { container }) => {
    const service = loyaltyService(container)
    const current = await service.retrieveProgramSettings()
    const before = Object.fromEntries(
      Object.keys(data).map((key) => [key, current[key]])
    ) as UpdateLoyaltySettingsStepInput
    const updated = await service.updateProgramSettings(data)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before && Object.keys(before).length) {
      await loyaltyService(container).updateProgramSettings(before)
    }
  }
)

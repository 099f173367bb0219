import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LoyaltySettingsDTO } from "../../../modules/customer-loyalty"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type UpdateLoyaltySettingsStepInput = Partial<Omit<LoyaltySettingsDTO, "id">>

/**
 * The module's update merges JSON objects into the stored ones, so a
 * currency left out of `points_per_currency` would stay. Naming every
 * stored currency, the dropped ones as undefined, makes the new object
 * replace the old (undefined keys are not written).
 */
function replacing(
  stored: Record<string, number> | null | undefined,
  next: Record<string, number>
): Record<string, number> {
  const dropped = Object.keys(stored ?? {}).filter((code) => !(code in next))
  return {
    ...Object.fromEntries(dropped.map((code) => [code, undefined])),
    ...next,
  } as Record<string, number>
}

async function writeSettings(
  container: MedusaContainer,
  current: LoyaltySettingsDTO,
  data: UpdateLoyaltySettingsStepInput
) {
  return await loyaltyService(container).updateProgramSettings(
    data.points_per_currency
      ? {
          ...data,
          points_per_currency: replacing(current.points_per_currency, data.points_per_currency),
        }
      : data
  )
}

export const updateLoyaltySettingsStepId = "update-loyalty-settings"

/** Updates the program settings; the compensation writes back the old values. */
export const updateLoyaltySettingsStep = createStep(
  updateLoyaltySettingsStepId,
  async (data: UpdateLoyaltySettingsStepInput, { container }) => {
    const current = await loyaltyService(container).retrieveProgramSettings()
    const before = Object.fromEntries(
      Object.keys(data).map((key) => [key, current[key as keyof UpdateLoyaltySettingsStepInput]])
    ) as UpdateLoyaltySettingsStepInput
    const updated = await writeSettings(container, current, data)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before && Object.keys(before).length) {
      const current = await loyaltyService(container).retrieveProgramSettings()
      await writeSettings(container, current, before)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "./resolve-service"

export const getProgramSettingsStepId = "get-loyalty-program-settings"

export const getProgramSettingsStep = createStep(
  getProgramSettingsStepId,
  async (_: void, { container }) => {
    return new StepResponse(await loyaltyService(container).retrieveProgramSettings())
  }
)

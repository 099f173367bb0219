import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateLoyaltySettingsStep, UpdateLoyaltySettingsStepInput } from "../steps"
import { validatePointsCurrenciesStep } from "../steps/validate-points-currencies"

export type UpdateLoyaltySettingsWorkflowInput = UpdateLoyaltySettingsStepInput

export const updateLoyaltySettingsWorkflowId = "update-loyalty-settings"

/**
 * Changes the program settings, after checking that every currency given
 * rates is one Medusa knows. Only future earnings use the new values;
 * points already credited keep their dates.
 *
 * @example
 * await updateLoyaltySettingsWorkflow(container).run({
 *   input: { points_per_currency: { sek: 1, eur: 10 }, expiry_months: 24 },
 * })
 */
export const updateLoyaltySettingsWorkflow = createWorkflow(
  updateLoyaltySettingsWorkflowId,
  (input: UpdateLoyaltySettingsWorkflowInput) => {
    validatePointsCurrenciesStep(input)
    return new WorkflowResponse(updateLoyaltySettingsStep(input))
  }
)

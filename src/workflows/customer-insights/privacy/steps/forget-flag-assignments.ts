import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"
import { restoreForgottenRows } from "./restore-forgotten-rows"

export const forgetFlagAssignmentsStepId = "forget-customer-flag-assignments"

/** Deletes the customers' flag assignments, the history too; the compensation puts them back. */
export const forgetFlagAssignmentsStep = createStep(
  forgetFlagAssignmentsStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).forgetCustomerFlagAssignments(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restoreForgottenRows
)

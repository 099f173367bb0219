import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"
import { restoreForgottenRows } from "./restore-forgotten-rows"

export const forgetSegmentMembershipsStepId = "forget-customer-segment-memberships"

/** Deletes the customers' segment memberships, past ones too. */
export const forgetSegmentMembershipsStep = createStep(
  forgetSegmentMembershipsStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).forgetCustomerSegmentMemberships(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restoreForgottenRows
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"

export const planCustomerForgettingStepId = "plan-customer-forgetting"

/** Reads what forgetting will touch: active flags, own and shared memberships. */
export const planCustomerForgettingStep = createStep(
  planCustomerForgettingStepId,
  async (customerIds: string[], { container }) => {
    return new StepResponse(await loyaltyService(container).planCustomerForgetting(customerIds))
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { insightsService } from "../../profile/steps/insights-service"

export const forgetCustomerInsightsStepId = "forget-customer-insights"

/**
 * Deletes for good the customers' B2B profiles, staff notes (deleted ones
 * and earlier texts too) and sales figures; the compensation puts the rows back.
 */
export const forgetCustomerInsightsStep = createStep(
  forgetCustomerInsightsStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await insightsService(container).forgetCustomers(customerIds)
    return new StepResponse(void 0, forgotten)
  },
  async (forgotten, { container }) => {
    if (forgotten) {
      await insightsService(container).restoreForgottenCustomers(forgotten)
    }
  }
)

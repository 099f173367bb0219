import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertKnownCurrencies } from "../../../utils/known-currencies"
import { insightsService } from "./insights-service"
import { BusinessProfileFields } from "./types"

export const validateBusinessProfileStepId = "validate-customer-business-profile"

/**
 * An amount needs its currency, one Medusa knows. A partial update may rely
 * on the currency already saved, so the rule is checked on the profile as
 * it will be.
 */
export const validateBusinessProfileStep = createStep(
  validateBusinessProfileStepId,
  async (input: { customer_id: string; data: BusinessProfileFields }, { container }) => {
    const [current] = await insightsService(container).listCustomerBusinessProfiles(
      { customer_id: input.customer_id },
      { select: ["id", "allowed_outstanding_amount", "currency_code"] }
    )
    const next = { ...(current ?? {}), ...input.data }
    if (next.allowed_outstanding_amount != null && !next.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Field 'currency_code' is required with an allowed_outstanding_amount"
      )
    }
    if (input.data.currency_code) {
      await assertKnownCurrencies(container, "currency_code", [input.data.currency_code])
    }
  }
)

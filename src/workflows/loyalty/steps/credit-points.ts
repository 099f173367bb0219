import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreditInput } from "../../../modules/customer-loyalty/ledger"
import { compensationData, rollbackNew } from "./ledger-entry-compensation"
import { loyaltyService } from "./resolve-service"

export const creditPointsStepId = "credit-loyalty-points"

/** Posts an entry that adds points; a new one is rolled back if the workflow fails. */
export const creditPointsStep = createStep(
  creditPointsStepId,
  async (input: CreditInput, { container }) => {
    const posted = await loyaltyService(container).creditPoints(input)
    return new StepResponse(posted, compensationData(posted))
  },
  rollbackNew
)

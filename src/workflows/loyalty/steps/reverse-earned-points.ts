import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ReverseEarnedInput } from "../../../modules/customer-loyalty/ledger"
import { compensationData, rollbackNew } from "./ledger-entry-compensation"
import { loyaltyService } from "./resolve-service"

export const reverseEarnedPointsStepId = "reverse-earned-loyalty-points"

/** Posts an entry that takes back earned points; a new one is rolled back if the workflow fails. */
export const reverseEarnedPointsStep = createStep(
  reverseEarnedPointsStepId,
  async (input: ReverseEarnedInput, { container }) => {
    const posted = await loyaltyService(container).reverseEarnedPoints(input)
    return new StepResponse(posted, compensationData(posted))
  },
  rollbackNew
)

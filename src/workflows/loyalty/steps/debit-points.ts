import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DebitInput } from "../../../modules/customer-loyalty/ledger"
import { compensationData, rollbackNew } from "./ledger-entry-compensation"
import { loyaltyService } from "./resolve-service"

export const debitPointsStepId = "debit-loyalty-points"

/** Posts an entry that takes points away; a new one is rolled back if the workflow fails. */
export const debitPointsStep = createStep(
  debitPointsStepId,
  async (input: DebitInput, { container }) => {
    const posted = await loyaltyService(container).debitPoints(input)
    return new StepResponse(posted, compensationData(posted))
  },
  rollbackNew
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CreditInput,
  DebitInput,
  PostedEntry,
  ReverseEarnedInput,
} from "../../../modules/customer-loyalty/ledger"
import { loyaltyService } from "./resolve-service"

// Each step posts one ledger entry. An entry that already existed (the same
// event delivered again) is returned as a duplicate and left alone by the
// compensation; a new one is rolled back if the workflow fails later.
const rollbackNew = async (
  entryId: string | null | undefined,
  { container }: { container: any }
) => {
  if (entryId) {
    await loyaltyService(container).rollbackLoyaltyEntry(entryId)
  }
}
const compensationData = (posted: PostedEntry) =>
  posted.duplicate ? null : posted.entry.id

export const creditPointsStepId = "credit-loyalty-points"
export const creditPointsStep = createStep(
  creditPointsStepId,
  async (input: CreditInput, { container }) => {
    const posted = await loyaltyService(container).creditPoints(input)
    return new StepResponse(posted, compensationData(posted))
  },
  rollbackNew
)

export const debitPointsStepId = "debit-loyalty-points"
export const debitPointsStep = createStep(
  debitPointsStepId,
  async (input: DebitInput, { container }) => {
    const posted = await loyaltyService(container).debitPoints(input)
    return new StepResponse(posted, compensationData(posted))
  },
  rollbackNew
)

export const reverseEarnedPointsStepId = "reverse-earned-loyalty-points"
export const reverseEarnedPointsStep = createStep(
  reverseEarnedPointsStepId,
  async (input: ReverseEarnedInput, { container }) => {
    const posted = await loyaltyService(container).reverseEarnedPoints(input)
    return new StepResponse(posted, compensationData(posted))
  },
  rollbackNew
)

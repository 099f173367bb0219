import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"
import { restoreForgottenRows } from "./restore-forgotten-rows"

export const anonymiseLoyaltyLedgerStepId = "anonymise-customer-loyalty-ledger"

/** Entries and redemptions stay, without the customer and the text staff typed about them. */
export const anonymiseLoyaltyLedgerStep = createStep(
  anonymiseLoyaltyLedgerStepId,
  async (input: { customer_ids: string[]; own_account_ids: string[] }, { container }) => {
    const forgotten = await loyaltyService(container).anonymiseCustomerLoyaltyLedger(input)
    return new StepResponse(forgotten, forgotten)
  },
  restoreForgottenRows
)

import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../../../loyalty/steps/resolve-service"
import { ForgottenRows } from "../../../../modules/customer-loyalty/privacy"

const restore = async (
  forgotten: ForgottenRows | undefined,
  { container }: { container: MedusaContainer }
) => {
  if (forgotten) {
    await loyaltyService(container).restoreForgottenCustomerRows(forgotten)
  }
}

export const forgetFlagAssignmentsStepId = "forget-customer-flag-assignments"

/** Deletes the customers' flag assignments, the history too; the compensation puts them back. */
export const forgetFlagAssignmentsStep = createStep(
  forgetFlagAssignmentsStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).forgetCustomerFlagAssignments(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restore
)

export const forgetSegmentMembershipsStepId = "forget-customer-segment-memberships"

/** Deletes the customers' segment memberships, past ones too. */
export const forgetSegmentMembershipsStep = createStep(
  forgetSegmentMembershipsStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).forgetCustomerSegmentMemberships(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restore
)

export const detachBenefitUsageStepId = "detach-customer-benefit-usage"

/** Benefit usage stays counted for the benefit, with no customer on it. */
export const detachBenefitUsageStep = createStep(
  detachBenefitUsageStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).detachCustomerBenefitUsage(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restore
)

export const anonymiseLoyaltyLedgerStepId = "anonymise-customer-loyalty-ledger"

/** Entries and redemptions stay, without the customer and the text staff typed about them. */
export const anonymiseLoyaltyLedgerStep = createStep(
  anonymiseLoyaltyLedgerStepId,
  async (input: { customer_ids: string[]; own_account_ids: string[] }, { container }) => {
    const forgotten = await loyaltyService(container).anonymiseCustomerLoyaltyLedger(input)
    return new StepResponse(forgotten, forgotten)
  },
  restore
)

export const removeLoyaltyMembersStepId = "remove-customer-loyalty-members"

/** Takes the customers out of their memberships, a household's too. */
export const removeLoyaltyMembersStep = createStep(
  removeLoyaltyMembersStepId,
  async (customerIds: string[], { container }) => {
    const forgotten = await loyaltyService(container).removeCustomerLoyaltyMembers(customerIds)
    return new StepResponse(forgotten, forgotten)
  },
  restore
)

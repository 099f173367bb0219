import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerFlagEvents, LoyaltyEvents } from "../../../../modules/customer-loyalty"
import {
  endFlagAssignmentsStep,
  removeCustomersFromFlagGroupsStep,
} from "../../../customer-flags/steps"
import { syncTierGroupsStep } from "../../../loyalty/steps"
import {
  anonymiseLoyaltyLedgerStep,
  closeForgottenAccountsStep,
  detachBenefitUsageStep,
  forgetCustomerInsightsStep,
  forgetFlagAssignmentsStep,
  forgetSegmentMembershipsStep,
  planCustomerForgettingStep,
  removeLoyaltyMembersStep,
} from "../steps"

export type ForgetCustomerWorkflowInput = { customer_ids: string[] }

export const FORGOTTEN_CUSTOMER_CLOSE_REASON = "Customer deleted"

export const forgetCustomerWorkflowId = "forget-customer"

/**
 * Removes what the plugin holds on customers, for when they are deleted:
 * - flags: active ones end (the customer leaves the flag's group, and
 *   `customer_flag.removed` is emitted), then every assignment is deleted;
 * - segment memberships, B2B profile, staff notes and sales figures are
 *   deleted for good;
 * - benefit usage and redemptions stay counted, no longer naming the customer;
 * - loyalty: the customer leaves their membership. One they held alone is
 *   closed (`loyalty.account_closed`); its ledger stays, the points having
 *   been real, with no customer on its entries and without the text staff
 *   typed (manual adjustments' descriptions, close reasons). A household
 *   keeps its points and its other members;
 * - the customer leaves every tier group.
 * Running it again changes nothing more. Every step undoes its writes if a
 * later one fails.
 *
 * @example
 * await forgetCustomerWorkflow(container).run({ input: { customer_ids: ["cus_123"] } })
 */
export const forgetCustomerWorkflow = createWorkflow(
  forgetCustomerWorkflowId,
  (input: ForgetCustomerWorkflowInput) => {
    const plan = planCustomerForgettingStep(input.customer_ids)

    const ended = endFlagAssignmentsStep({
      pairs: transform({ plan }, ({ plan }) =>
        plan.active_flags.map(({ flag_id, customer_id }) => ({ flag_id, customer_id }))
      ),
      reason: "removed",
      removed_by: "system",
    })
    removeCustomersFromFlagGroupsStep(ended)
    forgetFlagAssignmentsStep(input.customer_ids)
    forgetSegmentMembershipsStep(input.customer_ids)
    detachBenefitUsageStep(input.customer_ids)

    // The ledger is cleared before the close, so the close entry's own
    // reason (written by the plugin, naming no one) stays.
    anonymiseLoyaltyLedgerStep(
      transform({ input, plan }, ({ input, plan }) => ({
        customer_ids: input.customer_ids,
        own_account_ids: plan.own_account_ids,
      }))
    )
    removeLoyaltyMembersStep(input.customer_ids)
    const closed = closeForgottenAccountsStep(
      transform({ plan }, ({ plan }) => ({
        account_ids: plan.accounts_to_close,
        reason: FORGOTTEN_CUSTOMER_CLOSE_REASON,
      }))
    )
    // No membership left: the customers leave every tier group.
    syncTierGroupsStep(
      transform({ input }, ({ input }) => ({ account_ids: [], customer_ids: input.customer_ids }))
    )
    forgetCustomerInsightsStep(input.customer_ids)

    emitEventStep({ eventName: CustomerFlagEvents.REMOVED, data: ended })
    emitEventStep({ eventName: LoyaltyEvents.ACCOUNT_CLOSED, data: closed }).config({
      name: "emit-forgotten-accounts-closed",
    })
    return new WorkflowResponse(
      transform({ input, plan, closed }, ({ input, plan, closed }) => ({
        customer_ids: input.customer_ids,
        closed_account_ids: closed.map((c) => c.account_id),
        left_account_ids: plan.shared_account_ids,
      }))
    )
  }
)

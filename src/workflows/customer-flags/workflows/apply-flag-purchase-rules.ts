import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findPurchaseRuleMatchesStep } from "../steps"
import { assignCustomerFlagsWorkflow } from "./assign-customer-flags"

export const applyFlagPurchaseRulesWorkflowId = "apply-flag-purchase-rules"

/**
 * Gives the customer of an order the flags whose purchase rules the order
 * fulfils (source `purchase_rule`, source id the order). Buying again
 * renews the flag; a redelivered event changes nothing.
 *
 * @example
 * await applyFlagPurchaseRulesWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const applyFlagPurchaseRulesWorkflow = createWorkflow(
  applyFlagPurchaseRulesWorkflowId,
  (input: { order_id: string }) => {
    const matches = findPurchaseRuleMatchesStep(input)
    const assignments = transform({ matches }, ({ matches }) =>
      matches.flag_ids.map((flag_id) => ({ flag_id, customer_id: matches.customer_id! }))
    )
    when({ assignments }, ({ assignments }) => assignments.length > 0).then(() => {
      assignCustomerFlagsWorkflow.runAsStep({
        input: { assignments, source: "purchase_rule", source_id: input.order_id },
      })
    })
    return new WorkflowResponse(matches)
  }
)

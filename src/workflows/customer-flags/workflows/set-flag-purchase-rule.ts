import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerFlagPurchaseRule } from "../../../modules/customer-loyalty"
import { setFlagPurchaseRuleStep } from "../steps"

export const setFlagPurchaseRuleWorkflowId = "set-flag-purchase-rule"

/**
 * Sets (or, with null, removes) the purchase rule that assigns a flag on
 * `order.placed`. The rule must already be validated.
 *
 * @example
 * await setFlagPurchaseRuleWorkflow(container).run({
 *   input: {
 *     flag_id: "cflag_123",
 *     purchase_rule: { product_ids: ["prod_123"], variant_ids: [], collection_ids: [],
 *       category_ids: [], min_quantity: 3, min_orders: null, window: { days: 365 } },
 *   },
 * })
 */
export const setFlagPurchaseRuleWorkflow = createWorkflow(
  setFlagPurchaseRuleWorkflowId,
  (input: { flag_id: string; purchase_rule: CustomerFlagPurchaseRule | null }) => {
    setFlagPurchaseRuleStep(input)
    return new WorkflowResponse(void 0)
  }
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SetProductSaleStartInput, setProductSaleStartStep } from "../steps"

export const setProductSaleStartWorkflowId = "set-product-sale-start"

/**
 * Sets when a product goes on sale to everyone (or clears it). Before then,
 * only customers with an early-access benefit on it may buy it.
 *
 * @example
 * await setProductSaleStartWorkflow(container).run({
 *   input: { product_id: "prod_123", public_sale_starts_at: "2026-12-01T10:00:00Z" },
 * })
 */
export const setProductSaleStartWorkflow = createWorkflow(
  setProductSaleStartWorkflowId,
  (input: SetProductSaleStartInput) => new WorkflowResponse(setProductSaleStartStep(input))
)

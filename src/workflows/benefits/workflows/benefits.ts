import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  BenefitData,
  createBenefitStep,
  deleteBenefitsStep,
  updateBenefitStep,
  validateBenefitOwnerStep,
} from "../steps"

export const createCustomerBenefitWorkflowId = "create-customer-benefit"

/**
 * Gives a flag or a tier a benefit.
 *
 * @example
 * await createCustomerBenefitWorkflow(container).run({
 *   input: { flag_id: "cflag_123", kind: "offer_link", title: "Members' evening",
 *     url: "https://example.com/members", code: "VIP2026" },
 * })
 */
export const createCustomerBenefitWorkflow = createWorkflow(
  createCustomerBenefitWorkflowId,
  (input: BenefitData) => {
    validateBenefitOwnerStep(input)
    return new WorkflowResponse(createBenefitStep(input))
  }
)

export const updateCustomerBenefitWorkflowId = "update-customer-benefit"

export const updateCustomerBenefitWorkflow = createWorkflow(
  updateCustomerBenefitWorkflowId,
  (input: { id: string } & Partial<Omit<BenefitData, "flag_id" | "tier_id" | "kind">>) => {
    return new WorkflowResponse(updateBenefitStep(input))
  }
)

export const deleteCustomerBenefitsWorkflowId = "delete-customer-benefits"

export const deleteCustomerBenefitsWorkflow = createWorkflow(
  deleteCustomerBenefitsWorkflowId,
  (input: { ids: string[] }) => {
    deleteBenefitsStep(input.ids)
    return new WorkflowResponse(void 0)
  }
)

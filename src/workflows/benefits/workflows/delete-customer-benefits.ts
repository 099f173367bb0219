import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBenefitsStep, retireBenefitPromotionsStep } from "../steps"

export const deleteCustomerBenefitsWorkflowId = "delete-customer-benefits"

/** Deletes benefits (soft) and the promotions that carried their discounts. */
export const deleteCustomerBenefitsWorkflow = createWorkflow(
  deleteCustomerBenefitsWorkflowId,
  (input: { ids: string[] }) => {
    const { data: benefits } = useQueryGraphStep({
      entity: "customer_benefit",
      fields: ["id", "promotion_id"],
      filters: { id: input.ids },
    })
    retireBenefitPromotionsStep(
      transform({ benefits }, ({ benefits }) => benefits.map((b) => b.promotion_id))
    )
    deleteBenefitsStep(input.ids)
    return new WorkflowResponse(void 0)
  }
)

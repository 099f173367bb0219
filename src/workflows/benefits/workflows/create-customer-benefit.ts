import { AdditionalData } from "@medusajs/framework/types"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  BenefitData,
  createBenefitPromotionStep,
  createBenefitStep,
  DiscountBenefit,
  updateBenefitStep,
  validateBenefitOwnerStep,
  validateBenefitShapeStep,
} from "../steps"

export type CreateCustomerBenefitWorkflowInput = BenefitData & AdditionalData

export const createCustomerBenefitWorkflowId = "create-customer-benefit"

/**
 * Gives a flag or a tier a benefit. A discount gets its promotion, limited
 * to the owner's customer group, in the same workflow.
 *
 * The `customerBenefitCreated` hook receives the benefit as created and the
 * input's `additional_data`; a handler that throws undoes the whole creation.
 *
 * @example
 * await createCustomerBenefitWorkflow(container).run({
 *   input: { flag_id: "cflag_123", kind: "discount", title: "VIP price",
 *     product_ids: ["prod_123"], discount_type: "percentage", discount_value: 20,
 *     max_quantity: 2, quantity_scope: "per_product" },
 * })
 */
export const createCustomerBenefitWorkflow = createWorkflow(
  createCustomerBenefitWorkflowId,
  (input: CreateCustomerBenefitWorkflowInput) => {
    const data = transform({ input }, ({ input }) => {
      const { additional_data: _, ...benefit } = input
      return benefit
    })
    validateBenefitShapeStep(data)
    const owner = validateBenefitOwnerStep(data)
    const benefit = createBenefitStep(data)

    when("benefit-is-a-discount", { input }, ({ input }) => input.kind === "discount").then(() => {
      const promotion = createBenefitPromotionStep(
        transform({ benefit, owner }, ({ benefit, owner }) => ({
          // Medusa types the JSON id lists as objects.
          benefit: benefit as DiscountBenefit,
          customer_group_id: owner.customer_group_id,
        }))
      )
      updateBenefitStep(
        transform({ benefit, promotion }, ({ benefit, promotion }) => ({
          id: benefit.id,
          promotion_id: promotion.id,
        }))
      ).config({ name: "set-benefit-promotion" })
    })

    const customerBenefitCreated = createHook("customerBenefitCreated", {
      benefit,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(benefit, { hooks: [customerBenefitCreated] })
  }
)

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  BenefitData,
  createBenefitPromotionStep,
  createBenefitStep,
  deleteBenefitsStep,
  retireBenefitPromotionsStep,
  updateBenefitStep,
  validateBenefitOwnerStep,
  validateBenefitShapeStep,
} from "../steps"

/** Fields a discount's promotion is built from: changing one replaces it. */
const PROMOTION_FIELDS = [
  "product_ids",
  "variant_ids",
  "max_quantity",
  "discount_type",
  "discount_value",
  "currency_code",
  "starts_at",
  "ends_at",
  "is_active",
] as const

export const createCustomerBenefitWorkflowId = "create-customer-benefit"

/**
 * Gives a flag or a tier a benefit. A discount gets its promotion, limited
 * to the owner's customer group, in the same workflow.
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
  (input: BenefitData) => {
    validateBenefitShapeStep(input)
    const owner = validateBenefitOwnerStep(input)
    const benefit = createBenefitStep(input)

    when("benefit-is-a-discount", { input }, ({ input }) => input.kind === "discount").then(() => {
      const promotion = createBenefitPromotionStep(
        transform({ benefit, owner }, ({ benefit, owner }) => ({
          benefit: benefit as any,
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

    return new WorkflowResponse(benefit)
  }
)

export const updateCustomerBenefitWorkflowId = "update-customer-benefit"

export type UpdateCustomerBenefitInput = { id: string } & Partial<
  Omit<BenefitData, "flag_id" | "tier_id" | "kind">
>

/**
 * Updates a benefit. When a discount's terms change, a new promotion
 * replaces the old one (which is soft-deleted): carts pick it up at their
 * next refresh, and a failure puts everything back.
 */
export const updateCustomerBenefitWorkflow = createWorkflow(
  updateCustomerBenefitWorkflowId,
  (input: UpdateCustomerBenefitInput) => {
    const { data: found } = useQueryGraphStep({
      entity: "customer_benefit",
      fields: [
        "*",
        "flag.customer_group_id",
        "tier.customer_group_id",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const merged = transform({ found, input }, ({ found, input }) => ({
      ...found[0],
      ...input,
    }))
    validateBenefitShapeStep(merged as any)
    const updated = updateBenefitStep(input)

    when("discount-terms-changed", { found, input }, ({ found, input }) =>
      found[0].kind === "discount" && PROMOTION_FIELDS.some((field) => field in input)
    ).then(() => {
      const promotion = createBenefitPromotionStep(
        transform({ merged }, ({ merged }) => ({
          benefit: merged as any,
          customer_group_id: (merged.flag?.customer_group_id ?? merged.tier?.customer_group_id) as string,
        }))
      )
      updateBenefitStep(
        transform({ input, promotion }, ({ input, promotion }) => ({
          id: input.id,
          promotion_id: promotion.id,
        }))
      ).config({ name: "set-benefit-promotion" })
      retireBenefitPromotionsStep(transform({ found }, ({ found }) => [found[0].promotion_id]))
    })

    return new WorkflowResponse(updated)
  }
)

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

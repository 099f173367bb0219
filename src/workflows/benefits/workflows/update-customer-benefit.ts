import { AdditionalData } from "@medusajs/framework/types"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
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
  retireBenefitPromotionsStep,
  updateBenefitStep,
  validateBenefitShapeStep,
} from "../steps"
import { graphRows } from "../../../utils/graph-rows"

/** A benefit as read here, with the customer group of its flag or tier. */
type StoredBenefit = BenefitData & {
  id: string
  flag?: { customer_group_id: string | null } | null
  tier?: { customer_group_id: string | null } | null
}

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

export const updateCustomerBenefitWorkflowId = "update-customer-benefit"

export type UpdateCustomerBenefitInput = { id: string } & Partial<
  Omit<BenefitData, "flag_id" | "tier_id" | "kind">
> &
  AdditionalData

/**
 * Updates a benefit. When a discount's terms change, a new promotion
 * replaces the old one (which is soft-deleted): carts pick it up at their
 * next refresh, and a failure puts everything back.
 *
 * The `customerBenefitUpdated` hook receives the benefit as updated and the
 * input's `additional_data`; a handler that throws undoes the update.
 *
 * @example
 * await updateCustomerBenefitWorkflow(container).run({
 *   input: { id: "cben_123", discount_value: 25 },
 * })
 */
export const updateCustomerBenefitWorkflow = createWorkflow(
  updateCustomerBenefitWorkflowId,
  (input: UpdateCustomerBenefitInput) => {
    const { data: found } = useQueryGraphStep({
      entity: "customer_benefit",
      fields: ["*", "flag.customer_group_id", "tier.customer_group_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const update = transform({ input }, ({ input }) => {
      const { additional_data: _, ...update } = input
      return update
    })
    const merged = transform({ found, update }, ({ found, update }) => ({
      ...graphRows<StoredBenefit>(found)[0],
      ...update,
    }))
    validateBenefitShapeStep(merged)
    const updated = updateBenefitStep(update)

    when(
      "discount-terms-changed",
      { found, input },
      ({ found, input }) =>
        found[0].kind === "discount" && PROMOTION_FIELDS.some((field) => field in input)
    ).then(() => {
      const promotion = createBenefitPromotionStep(
        transform({ merged }, ({ merged }) => ({
          benefit: merged,
          customer_group_id: (merged.flag?.customer_group_id ??
            merged.tier?.customer_group_id) as string,
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

    const customerBenefitUpdated = createHook("customerBenefitUpdated", {
      benefit: updated,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(updated, { hooks: [customerBenefitUpdated] })
  }
)

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { deleteBenefitsStep, retireBenefitPromotionsStep } from "../steps"

/**
 * For the workflows that delete flags or tiers: their benefits go with
 * them, and so do the promotions of their discounts. Composed inline (not
 * a sub-workflow) so one compensation covers the owner and its benefits.
 */
export function deleteOwnedBenefits(owner: { flag_id: string[] } | { tier_id: string[] }) {
  const { data: benefits } = useQueryGraphStep({
    entity: "customer_benefit",
    fields: ["id", "promotion_id"],
    filters: owner,
  }).config({ name: "list-owned-benefits" })
  retireBenefitPromotionsStep(
    transform({ benefits }, ({ benefits }) => benefits.map((b) => b.promotion_id))
  )
  deleteBenefitsStep(transform({ benefits }, ({ benefits }) => benefits.map((b) => b.id)))
}

import { deleteCustomerGroupStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteOwnedBenefits } from "../../benefits/workflows/delete-owned-benefits"
import { recomputeTiersStep } from "../../loyalty/steps"
import { softDeleteLoyaltyTiersStep } from "../steps"

/** A tier and its customer group ("Tier: <name>"), mirrored with it. */
type MirroredTier = { id: string; name?: string; customer_group_id?: string | null }

export const deleteLoyaltyTiersWorkflowId = "delete-loyalty-tiers"

/**
 * Deletes tiers (soft) and their customer groups; their members drop to
 * the next tier they reach, and the tiers' benefits (with their discounts'
 * promotions) go with them.
 */
export const deleteLoyaltyTiersWorkflow = createWorkflow(
  deleteLoyaltyTiersWorkflowId,
  (input: { ids: string[] }) => {
    const { data: tiers }: { data: MirroredTier[] } = useQueryGraphStep({
      entity: "loyalty_tier",
      fields: ["id", "customer_group_id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    deleteOwnedBenefits({ tier_id: input.ids })
    softDeleteLoyaltyTiersStep(input.ids)
    recomputeTiersStep({ account_ids: null })
    deleteCustomerGroupStep(
      transform({ tiers }, ({ tiers }) =>
        tiers.flatMap((tier) => (tier.customer_group_id ? [tier.customer_group_id] : []))
      )
    )
    return new WorkflowResponse(input.ids)
  }
)

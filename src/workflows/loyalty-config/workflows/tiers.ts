import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recomputeTiersStep } from "../../loyalty/steps"
import {
  createLoyaltyTierStep,
  softDeleteLoyaltyTiersStep,
  TierRow,
  updateLoyaltyTierStep,
} from "../steps"

// Every change to the tiers can move members between them, so each
// workflow ends by putting every account on the tier it now reaches.

export const createLoyaltyTierWorkflowId = "create-loyalty-tier"

/**
 * Creates a tier; its rank must be free (a conflict otherwise).
 *
 * @example
 * await createLoyaltyTierWorkflow(container).run({
 *   input: { name: "Gold", min_points: 5000, basis: "rolling_12_months", rank: 2 },
 * })
 */
export const createLoyaltyTierWorkflow = createWorkflow(
  createLoyaltyTierWorkflowId,
  (input: TierRow) => {
    const tier = createLoyaltyTierStep(input)
    recomputeTiersStep({ account_ids: null })
    return new WorkflowResponse(tier)
  }
)

export type UpdateLoyaltyTierWorkflowInput = {
  id: string
  update: Partial<TierRow>
}

export const updateLoyaltyTierWorkflowId = "update-loyalty-tier"

export const updateLoyaltyTierWorkflow = createWorkflow(
  updateLoyaltyTierWorkflowId,
  (input: UpdateLoyaltyTierWorkflowInput) => {
    const update = transform({ input }, ({ input }) => ({
      ...input.update,
      id: input.id,
    }))
    const tier = updateLoyaltyTierStep(update)
    recomputeTiersStep({ account_ids: null })
    return new WorkflowResponse(tier)
  }
)

export const deleteLoyaltyTiersWorkflowId = "delete-loyalty-tiers"

/** Deletes tiers (soft); their members drop to the next tier they reach. */
export const deleteLoyaltyTiersWorkflow = createWorkflow(
  deleteLoyaltyTiersWorkflowId,
  (input: { ids: string[] }) => {
    useQueryGraphStep({
      entity: "loyalty_tier",
      fields: ["id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    softDeleteLoyaltyTiersStep(input.ids)
    recomputeTiersStep({ account_ids: null })
    return new WorkflowResponse(input.ids)
  }
)

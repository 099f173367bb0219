import { updateCustomerGroupsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { tierGroupName } from "../../customer-flags/workflows/mirror-group-name"
import { recomputeTiersStep } from "../../loyalty/steps"
import { TierRow, updateLoyaltyTierStep } from "../steps"
import { validateLoyaltyTierStep } from "../steps/validate-loyalty-tier"
import { acquireTiersLock, releaseTiersLock } from "./tier-lock"

/** A tier and its customer group ("Tier: <name>"), mirrored with it. */
type MirroredTier = { id: string; name?: string; customer_group_id?: string | null }

export type UpdateLoyaltyTierWorkflowInput = {
  id: string
  update: Partial<TierRow>
}

export const updateLoyaltyTierWorkflowId = "update-loyalty-tier"

/**
 * Updates a tier, if it still fits among the others (validateLoyaltyTierStep);
 * a new name renames its customer group, and every account is put on the
 * tier it now reaches.
 */
export const updateLoyaltyTierWorkflow = createWorkflow(
  updateLoyaltyTierWorkflowId,
  (input: UpdateLoyaltyTierWorkflowInput) => {
    const { data: tiers }: { data: MirroredTier[] } = useQueryGraphStep({
      entity: "loyalty_tier",
      fields: ["id", "name", "customer_group_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const update = transform({ input }, ({ input }) => ({
      ...input.update,
      id: input.id,
    }))
    const lock = acquireTiersLock(update)
    validateLoyaltyTierStep(update)
    const tier = updateLoyaltyTierStep(update)
    releaseTiersLock(lock)
    when({ input, tiers }, ({ input, tiers }) => {
      return (
        !!input.update.name && !!tiers[0].customer_group_id && input.update.name !== tiers[0].name
      )
    }).then(() => {
      updateCustomerGroupsStep(
        transform({ input, tiers }, ({ input, tiers }) => ({
          selector: { id: tiers[0].customer_group_id as string },
          update: { name: tierGroupName(input.update.name as string) },
        }))
      )
    })
    recomputeTiersStep({ account_ids: null })
    return new WorkflowResponse(tier)
  }
)

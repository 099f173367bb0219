import {
  createCustomerGroupsStep,
  deleteCustomerGroupStep,
  updateCustomerGroupsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { tierGroupName } from "../../customer-flags/workflows/mirror-group-name"
import { recomputeTiersStep } from "../../loyalty/steps"
import {
  createLoyaltyTierStep,
  softDeleteLoyaltyTiersStep,
  TierRow,
  updateLoyaltyTierStep,
} from "../steps"
import { deleteOwnedBenefits } from "../../benefits/workflows/delete-owned-benefits"

// Every change to the tiers can move members between them, so each
// workflow ends by putting every account on the tier it now reaches (and
// its members into that tier's customer group). Each tier has a customer
// group, "Tier: <name>", created, renamed and deleted with it.

type MirroredTier = { id: string; name?: string; customer_group_id?: string | null }

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
    const groups = createCustomerGroupsStep(
      transform({ input }, ({ input }) => [
        { name: tierGroupName(input.name), metadata: { customer_loyalty_tier: true } },
      ])
    )
    const row = transform({ input, groups }, ({ input, groups }) => ({
      ...input,
      customer_group_id: groups[0].id,
    }))
    const tier = createLoyaltyTierStep(row)
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
    const tier = updateLoyaltyTierStep(update)
    when({ input, tiers }, ({ input, tiers }) => {
      return (
        !!input.update.name &&
        !!tiers[0].customer_group_id &&
        input.update.name !== tiers[0].name
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

export const deleteLoyaltyTiersWorkflowId = "delete-loyalty-tiers"

/**
 * Deletes tiers (soft); their members drop to the next tier they reach, and
 * the tiers' benefits (with their discounts' promotions) go with them.
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

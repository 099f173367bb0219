import { createCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { tierGroupName } from "../../customer-flags/workflows/mirror-group-name"
import { recomputeTiersStep } from "../../loyalty/steps"
import { createLoyaltyTierStep, TierRow } from "../steps"
import { validateLoyaltyTierStep } from "../steps/validate-loyalty-tier"
import { acquireTiersLock, releaseTiersLock } from "./tier-lock"

export const createLoyaltyTierWorkflowId = "create-loyalty-tier"

/**
 * Creates a tier, with its customer group ("Tier: <name>"); its name and
 * rank must be free (a conflict otherwise), and on its basis a higher rank
 * must need more points (validateLoyaltyTierStep). Members who reach it
 * move onto it.
 *
 * @example
 * await createLoyaltyTierWorkflow(container).run({
 *   input: { name: "Gold", min_points: 5000, basis: "rolling_12_months", rank: 2 },
 * })
 */
export const createLoyaltyTierWorkflow = createWorkflow(
  createLoyaltyTierWorkflowId,
  (input: TierRow) => {
    const lock = acquireTiersLock(input)
    validateLoyaltyTierStep(input)
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
    releaseTiersLock(lock)
    recomputeTiersStep({ account_ids: null })
    return new WorkflowResponse(tier)
  }
)

import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TierGroupScope } from "../../../modules/customer-loyalty/ledger"
import { inChunks } from "../../utils/chunks"
import { loyaltyService } from "./resolve-service"

type GroupPair = { customer_group_id: string; customer_id: string }

export type TierGroupChanges = { added: GroupPair[]; removed: GroupPair[] }

const keyOf = (pair: GroupPair) => `${pair.customer_group_id}:${pair.customer_id}`

/**
 * Puts the customers in scope into the customer group of their membership's
 * tier and takes them out of the other tier groups. Compares what should be
 * with what is, so it also mends memberships that drifted.
 */
export async function syncTierGroups(
  container: MedusaContainer,
  scope: TierGroupScope
): Promise<TierGroupChanges> {
  const plan = await loyaltyService(container).planTierGroups(scope)
  if (!plan.tier_group_ids.length) {
    return { added: [], removed: [] }
  }
  const customers = container.resolve(Modules.CUSTOMER)
  const select = { select: ["customer_group_id", "customer_id"] }
  const actual: GroupPair[] = plan.customer_ids
    ? await inChunks(plan.customer_ids, (ids) =>
        customers.listCustomerGroupCustomers(
          { customer_group_id: plan.tier_group_ids, customer_id: ids },
          select
        )
      )
    : await customers.listCustomerGroupCustomers({ customer_group_id: plan.tier_group_ids }, select)

  const wanted = new Set(plan.wanted.map(keyOf))
  const present = new Set(actual.map(keyOf))
  const added = plan.wanted.filter((pair) => !present.has(keyOf(pair)))
  const removed = actual
    .filter((pair) => !wanted.has(keyOf(pair)))
    .map(({ customer_group_id, customer_id }) => ({ customer_group_id, customer_id }))

  await inChunks(removed, (batch) => customers.removeCustomerFromGroup(batch).then(() => []))
  await inChunks(added, (batch) => customers.addCustomerToGroup(batch).then(() => []))
  return { added, removed }
}

/** Puts tier group memberships back as they were before a sync. */
export async function undoTierGroupSync(container: MedusaContainer, changes: TierGroupChanges) {
  const customers = container.resolve(Modules.CUSTOMER)
  await inChunks(changes.added, (batch) => customers.removeCustomerFromGroup(batch).then(() => []))
  await inChunks(changes.removed, (batch) => customers.addCustomerToGroup(batch).then(() => []))
}

export const syncTierGroupsStepId = "sync-loyalty-tier-groups"

/** `syncTierGroups` as a step; the compensation undoes what it changed. */
export const syncTierGroupsStep = createStep(
  syncTierGroupsStepId,
  async (scope: TierGroupScope, { container }) => {
    const changes = await syncTierGroups(container, scope)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (changes) {
      await undoTierGroupSync(container, changes)
    }
  }
)

import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../modules/customer-loyalty/service"
import { tierGroupName } from "../workflows/customer-flags/workflows/mirror-group-name"
import { syncTierGroups } from "../workflows/loyalty/steps/sync-tier-groups"

/**
 * Tiers made before tiers had customer groups get theirs, and their
 * members join them. Runs once, with `medusa db:migrate`.
 */
export default async function mirrorLoyaltyTiers({ container }: ExecArgs) {
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const tiers = await loyalty.listLoyaltyTiers(
    { customer_group_id: null },
    { select: ["id", "name"] }
  )
  if (!tiers.length) {
    return
  }
  const groups = await container.resolve(Modules.CUSTOMER).createCustomerGroups(
    tiers.map((tier) => ({
      name: tierGroupName(tier.name),
      metadata: { customer_loyalty_tier: true },
    }))
  )
  await loyalty.updateLoyaltyTiers(
    tiers.map((tier, index) => ({ id: tier.id, customer_group_id: groups[index].id }))
  )
  await syncTierGroups(container, { account_ids: null })
}

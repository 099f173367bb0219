import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  addLoyaltyAccountMemberWorkflow,
  adjustPointsWorkflow,
  closeLoyaltyAccountWorkflow,
  createLoyaltyTierWorkflow,
  deleteLoyaltyTiersWorkflow,
  updateLoyaltyTierWorkflow,
} from "../../../src/workflows"
import { accountOfCustomer, createCustomer, loyaltyOf } from "./fixtures"

/**
 * Each tier is mirrored by a customer group ("Tier: Gold") that holds the
 * members of the accounts on that tier, so Medusa's promotions and price
 * lists can target a tier.
 */
export function tierGroupsTests(options: MedusaSuiteOptions) {
  const { getContainer } = options
  let container: MedusaContainer
  let silver: { id: string; customer_group_id: string }
  let gold: { id: string; customer_group_id: string }

  sharedFixtures(options, async () => {
    container = getContainer()
    const create = async (name: string, min_points: number, rank: number) =>
      (
        await createLoyaltyTierWorkflow(container).run({
          input: { name, min_points, basis: "lifetime", rank },
        })
      ).result as unknown as { id: string; customer_group_id: string }
    silver = await create("Silver", 100, 1)
    gold = await create("Gold", 1000, 2)
  })

  const groupsOf = async (customerId: string) => {
    const memberships = await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroupCustomers({ customer_id: customerId })
    return memberships.map((m) => m.customer_group_id).sort()
  }
  const adjust = (customer_id: string, points: number, key: string) =>
    adjustPointsWorkflow(container).run({
      input: { customer_id, points, description: "Test", idempotency_key: key },
    })

  it("creates, renames and deletes a group with each tier", async () => {
    const groups = container.resolve(Modules.CUSTOMER)
    expect((await groups.retrieveCustomerGroup(gold.customer_group_id)).name).toBe("Tier: Gold")

    await updateLoyaltyTierWorkflow(container).run({
      input: { id: gold.id, update: { name: "Platinum" } },
    })
    expect((await groups.retrieveCustomerGroup(gold.customer_group_id)).name).toBe("Tier: Platinum")

    await deleteLoyaltyTiersWorkflow(container).run({ input: { ids: [gold.id] } })
    await expect(groups.retrieveCustomerGroup(gold.customer_group_id)).rejects.toThrow()
  })

  it("moves members between tier groups as their points change, and out when the membership closes", async () => {
    const ada = await createCustomer(container, "ada@example.com")
    await adjust(ada.id, 150, "a1")
    expect(await groupsOf(ada.id)).toEqual([silver.customer_group_id])

    await adjust(ada.id, 900, "a2")
    expect(await groupsOf(ada.id)).toEqual([gold.customer_group_id])

    // A household member joins the account's tier group too.
    const bob = await createCustomer(container, "bob@example.com")
    const account = await accountOfCustomer(container, ada.id)
    await addLoyaltyAccountMemberWorkflow(container).run({
      input: { account_id: account!.id, customer_id: bob.id },
    })
    expect(await groupsOf(bob.id)).toEqual([gold.customer_group_id])

    await closeLoyaltyAccountWorkflow(container).run({
      input: { account_id: account!.id, reason: "Moved abroad" },
    })
    expect(await groupsOf(ada.id)).toEqual([])
    expect(await groupsOf(bob.id)).toEqual([])
  })

  it("puts existing members into a new tier's group when the tier is created", async () => {
    const ada = await createCustomer(container, "ada@example.com")
    await adjust(ada.id, 5000, "a1")
    const { result: platinum } = await createLoyaltyTierWorkflow(container).run({
      input: { name: "Platinum", min_points: 4000, basis: "lifetime", rank: 3 },
    })
    expect(await groupsOf(ada.id)).toEqual([platinum.customer_group_id])
    expect((await loyaltyOf(container).retrieveLoyaltyTier(platinum.id)).id).toBe(platinum.id)
  })
}

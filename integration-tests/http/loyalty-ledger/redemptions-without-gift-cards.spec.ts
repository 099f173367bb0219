import { medusaIntegrationTestRunner } from "../../helpers/medusa-test-runner"
import { adjustPointsWorkflow, redeemRewardWorkflow } from "../../../src/workflows/loyalty"
import { accountOfCustomer, createCustomer, loyaltyOf } from "./fixtures"

// Read by medusa-config.ts: the host app without @medusajs/loyalty-plugin.
process.env.LOYALTY_WITHOUT_GIFT_CARDS = "true"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it.each(["gift_card", "store_credit"] as const)(
      "refuses %s rewards clearly when the official plugin is not installed",
      async (kind) => {
        const container = getContainer()
        const customer = await createCustomer(container, `${kind}@example.com`)
        await adjustPointsWorkflow(container).run({
          input: {
            customer_id: customer.id,
            points: 1000,
            description: "Opening balance",
            idempotency_key: `opening:${kind}`,
          },
        })
        const reward = await loyaltyOf(container).createLoyaltyRewards({
          name: "Gift",
          points_cost: 500,
          kind,
          amount: 50,
          currency_code: "sek",
        })
        await expect(
          redeemRewardWorkflow(container).run({
            input: { customer_id: customer.id, reward_id: reward.id },
          })
        ).rejects.toMatchObject({
          message: `Rewards of kind '${kind}' need @medusajs/loyalty-plugin, which is not installed`,
        })
        expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(1000)
      }
    )
  },
})

import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type {
  ILoyaltyModuleService,
  IStoreCreditModuleService,
} from "@medusajs/loyalty-plugin/types"
import {
  adjustPointsWorkflow,
  createPluginRewardStepId,
  createRewardPromotionStepId,
  redeemRewardWorkflow,
} from "../../../src/workflows/loyalty"
import { accountOfCustomer, createCustomer, expectLedgerInAgreement, loyaltyOf } from "./fixtures"

export function redemptionsTests(options: MedusaSuiteOptions) {
  const { getContainer } = options
  let container: MedusaContainer
  let customer: { id: string }

  const givePoints = (points: number) =>
    adjustPointsWorkflow(container).run({
      input: {
        customer_id: customer.id,
        points,
        description: "Opening balance",
        idempotency_key: `opening:${customer.id}:${points}`,
      },
    })

  const reward = (data: Record<string, unknown>) =>
    loyaltyOf(container).createLoyaltyRewards({
      name: "50 kr off",
      points_cost: 500,
      kind: "promotion_code",
      amount: 50,
      currency_code: "sek",
      ...data,
    })

  sharedFixtures(options, async () => {
    container = getContainer()
    customer = await createCustomer(container, "ida@example.com")
  })

  afterEach(async () => {
    await expectLedgerInAgreement(container)
  })

  it("turns points into a single-use promotion code for that customer", async () => {
    await givePoints(800)
    const fifty = await reward({})
    const { result } = await redeemRewardWorkflow(container).run({
      input: { customer_id: customer.id, reward_id: fifty.id },
    })

    expect(result).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^lred_/),
        kind: "promotion_code",
        points: 500,
        code: expect.stringMatching(/^LOYAL-[A-Z2-9]{5}-[A-Z2-9]{5}$/),
      })
    )
    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(300)

    const [promotion] = await container
      .resolve(Modules.PROMOTION)
      .listPromotions(
        { id: result.promotion_id! },
        { relations: ["rules", "rules.values", "application_method"] }
      )
    expect(promotion).toEqual(
      expect.objectContaining({
        code: result.code,
        status: "active",
        is_automatic: false,
        is_tax_inclusive: true,
        limit: 1,
      })
    )
    expect(promotion.application_method).toEqual(
      expect.objectContaining({ type: "fixed", value: 50, currency_code: "sek" })
    )
    expect(promotion.rules).toEqual([
      expect.objectContaining({
        attribute: "customer.id",
        values: [expect.objectContaining({ value: customer.id })],
      }),
    ])
  })

  it("refuses what the balance cannot pay, and the minimum to redeem", async () => {
    await givePoints(400)
    const fifty = await reward({})
    await expect(
      redeemRewardWorkflow(container).run({
        input: { customer_id: customer.id, reward_id: fifty.id },
      })
    ).rejects.toMatchObject({ message: "Not enough points: 400 available, 500 needed" })

    await loyaltyOf(container).updateProgramSettings({ min_redeem: 1000 })
    const cheap = await reward({ name: "Tote bag", points_cost: 100 })
    await expect(
      redeemRewardWorkflow(container).run({
        input: { customer_id: customer.id, reward_id: cheap.id },
      })
    ).rejects.toMatchObject({ message: "At least 1000 points are needed to redeem; you have 400" })
    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(400)
  })

  it("gives the points back when the reward cannot be made", async () => {
    await givePoints(500)
    const fifty = await reward({})
    const workflow = redeemRewardWorkflow(container)
    workflow.appendAction("fail", createRewardPromotionStepId, {
      invoke: async () => {
        throw new Error("Promotion service down")
      },
    })
    const { errors } = await workflow.run({
      input: { customer_id: customer.id, reward_id: fifty.id },
      throwOnError: false,
    })
    expect(errors).toHaveLength(1)
    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(500)
    expect(await container.resolve(Modules.PROMOTION).listPromotions({})).toEqual([])
    expect(await loyaltyOf(container).listLoyaltyRedemptions({})).toEqual([])
  })

  it("makes a gift card through @medusajs/loyalty-plugin", async () => {
    await givePoints(1000)
    const card = await reward({
      name: "100 kr gift card",
      kind: "gift_card",
      amount: 100,
      points_cost: 1000,
    })
    const { result } = await redeemRewardWorkflow(container).run({
      input: { customer_id: customer.id, reward_id: card.id },
    })
    expect(result).toEqual(
      expect.objectContaining({
        kind: "gift_card",
        gift_card_id: expect.any(String),
        code: expect.stringMatching(/^GIFT-/),
      })
    )
    const giftCards = await container.resolve<ILoyaltyModuleService>("loyalty").listGiftCards({
      id: result.gift_card_id!,
    })
    expect(giftCards[0]).toEqual(
      expect.objectContaining({ code: result.code, currency_code: "sek" })
    )
  })

  it("credits store credit through @medusajs/loyalty-plugin", async () => {
    await givePoints(1000)
    const credit = await reward({
      name: "€10 credit",
      kind: "store_credit",
      amount: 10,
      currency_code: "eur",
      points_cost: 600,
    })
    const { result } = await redeemRewardWorkflow(container).run({
      input: { customer_id: customer.id, reward_id: credit.id },
    })
    expect(result.store_credit_account_id).toEqual(expect.any(String))
    const [account] = await container
      .resolve<IStoreCreditModuleService>("store_credit")
      .listStoreCreditAccounts(
        { id: result.store_credit_account_id! },
        { select: ["id", "customer_id", "currency_code", "balance"] }
      )
    expect(account).toEqual(
      expect.objectContaining({ customer_id: customer.id, currency_code: "eur" })
    )
    expect(Number(account.balance)).toBe(10)
  })
  it("takes a gift card or store credit back, with its balance, when the redemption fails after it was made", async () => {
    await givePoints(2000)
    const card = await reward({
      name: "100 kr gift card",
      kind: "gift_card",
      amount: 100,
      points_cost: 1000,
    })
    const credit = await reward({
      name: "100 kr credit",
      kind: "store_credit",
      amount: 100,
      points_cost: 1000,
    })
    for (const rewardId of [card.id, credit.id]) {
      const workflow = redeemRewardWorkflow(container)
      workflow.appendAction("fail-after-reward", createPluginRewardStepId, {
        invoke: async () => {
          throw new Error("Database went away")
        },
      })
      const { errors } = await workflow.run({
        input: { customer_id: customer.id, reward_id: rewardId },
        throwOnError: false,
      })
      expect(errors).toEqual([
        expect.objectContaining({
          error: expect.objectContaining({ message: "Database went away" }),
        }),
      ])
    }

    expect((await accountOfCustomer(container, customer.id))!.points_available).toBe(2000)
    expect(await loyaltyOf(container).listLoyaltyRedemptions({})).toEqual([])
    expect(await container.resolve<ILoyaltyModuleService>("loyalty").listGiftCards({})).toEqual([])
    // No store credit account, the card's own or the customer's, keeps money.
    const accounts = await container
      .resolve<IStoreCreditModuleService>("store_credit")
      .listStoreCreditAccounts({})
    expect(accounts.length).toBeGreaterThan(0)
    for (const account of accounts) {
      expect({ id: account.id, balance: Number(account.balance) }).toEqual({
        id: account.id,
        balance: 0,
      })
    }
  })
}

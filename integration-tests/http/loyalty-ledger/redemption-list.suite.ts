import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { StoreLoyaltyRedemptionsResponse } from "../../../src/client/types"
import { expectError } from "../../helpers/expect-error"
import { expectErrors } from "../loyalty/helpers"
import {
  cartWith,
  CheckoutWorld,
  completeCart,
  createCheckoutWorld,
} from "../benefits/checkout-fixtures"

const LIST = "/store/customers/me/loyalty/redemptions"

/** What the suite asks of @medusajs/loyalty-plugin's gift card module. */
type GiftCardExpiry = {
  updateGiftCards(data: { id: string; expires_at: Date }[]): Promise<unknown>
}

/**
 * Issue 16: the shopper's rewards. A redeemed code stays findable, with
 * whether it can still be spent read from where it was delivered (the
 * promotion, the gift card, the store credit account).
 */

export function redemptionListTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let world: CheckoutWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    world = await createCheckoutWorld(container, api)
    for (const shopper of [world.vera, world.noah]) {
      await api.post(
        `/admin/customers/${shopper.customer.id}/loyalty/adjustments`,
        { points: 5000, description: "Opening balance" },
        world.admin
      )
    }
  })

  const createReward = async (reward: Record<string, unknown>) =>
    (
      await api.post(
        "/admin/loyalty/rewards",
        { points_cost: 500, currency_code: "sek", kind: "promotion_code", ...reward },
        world.admin
      )
    ).data.reward

  const redeem = async (shopper: { headers: Record<string, string> }, rewardId: string) => {
    const response = await api.post(LIST, { reward_id: rewardId }, shopper)
    expect(response.status).toBe(201)
    return response.data.redemption
  }

  const listOf = async (
    shopper: { headers: Record<string, string> },
    query = ""
  ): Promise<StoreLoyaltyRedemptionsResponse> => (await api.get(`${LIST}${query}`, shopper)).data

  it("lists the shopper's own rewards newest first, with codes, and never another customer's", async () => {
    const off = await createReward({ name: "100 kr off", amount: 100 })
    const card = await createReward({ name: "800 kr gift card", kind: "gift_card", amount: 800 })
    const credit = await createReward({ name: "200 kr credit", kind: "store_credit", amount: 200 })
    const code = await redeem(world.vera, off.id)
    const giftCard = await redeem(world.vera, card.id)
    const storeCredit = await redeem(world.vera, credit.id)
    const noahs = await redeem(world.noah, off.id)

    const mine = await listOf(world.vera)
    expect(mine).toEqual({ count: 3, limit: 20, offset: 0, redemptions: expect.any(Array) })
    expect(mine.redemptions).toEqual([
      {
        id: storeCredit.id,
        reward: { id: credit.id, name: "200 kr credit", kind: "store_credit" },
        code: null,
        amount: 200,
        currency_code: "sek",
        status: "available",
        balance: 200,
        created_at: expect.any(String),
      },
      {
        id: giftCard.id,
        reward: { id: card.id, name: "800 kr gift card", kind: "gift_card" },
        code: giftCard.code,
        amount: 800,
        currency_code: "sek",
        status: "available",
        balance: 800,
        created_at: expect.any(String),
      },
      {
        id: code.id,
        reward: { id: off.id, name: "100 kr off", kind: "promotion_code" },
        code: code.code,
        amount: 100,
        currency_code: "sek",
        status: "available",
        balance: null,
        created_at: expect.any(String),
      },
    ])
    expect(JSON.stringify(mine)).not.toContain(noahs.code)

    const theirs = await listOf(world.noah)
    expect(theirs.count).toBe(1)
    expect(theirs.redemptions.map((r) => r.code)).toEqual([noahs.code])

    const page = await listOf(world.vera, "?limit=1&offset=1")
    expect(page).toEqual(expect.objectContaining({ count: 3, limit: 1, offset: 1 }))
    expect(page.redemptions.map((r) => r.id)).toEqual([giftCard.id])
    expect((await listOf(world.vera, "?offset=3")).redemptions).toEqual([])
  })

  it("shows a household member only the rewards they redeemed from the shared points", async () => {
    const off = await createReward({ name: "100 kr off", amount: 100 })
    const account = (await api.get("/store/customers/me/loyalty", world.vera)).data.loyalty_account
    await api.post(
      `/admin/loyalty/accounts/${account.id}/members`,
      { customer_id: world.noah.customer.id },
      world.admin
    )
    expect((await api.get("/store/customers/me/loyalty", world.noah)).data.loyalty_account.id).toBe(
      account.id
    )

    const veras = await redeem(world.vera, off.id)
    const noahs = await redeem(world.noah, off.id)
    expect((await listOf(world.vera)).redemptions.map((r) => r.code)).toEqual([veras.code])
    expect((await listOf(world.noah)).redemptions.map((r) => r.code)).toEqual([noahs.code])
  })

  it("reads used and expired from the promotion, the gift card and the store credit", async () => {
    const off = await createReward({ name: "100 kr off", amount: 100 })
    const card = await createReward({ name: "800 kr gift card", kind: "gift_card", amount: 800 })
    const credit = await createReward({ name: "200 kr credit", kind: "store_credit", amount: 200 })
    const spent = await redeem(world.vera, off.id)
    const ended = await redeem(world.vera, off.id)
    const giftCard = await redeem(world.vera, card.id)
    const oldCard = await redeem(world.vera, card.id)
    const storeCredit = await redeem(world.vera, credit.id)
    const statusOf = async () =>
      Object.fromEntries(
        (await listOf(world.vera)).redemptions.map((r) => [r.id, [r.status, r.balance]])
      )

    // The code pays for an order: its single use is taken.
    const first = await cartWith(api, world, world.vera, [
      { variant_id: world.gala.variant_id, quantity: 1 },
    ])
    await api.post(`/store/carts/${first}/promotions`, { promo_codes: [spent.code] }, world.vera)
    // The gift card pays 500 of its 800.
    await api.post(`/store/carts/${first}/gift-cards`, { code: giftCard.code }, world.vera)
    expect((await completeCart(api, first, world.vera)).data.type).toBe("order")
    expect(await statusOf()).toEqual(
      expect.objectContaining({
        [spent.id]: ["used", null],
        [ended.id]: ["available", null],
        [giftCard.id]: ["available", 400],
        [storeCredit.id]: ["available", 200],
      })
    )

    // The store credit and the rest of the gift card pay for the next.
    const second = await cartWith(api, world, world.vera, [
      { variant_id: world.ballet.variant_id, quantity: 1 },
    ])
    await api.post(`/store/carts/${second}/gift-cards`, { code: giftCard.code }, world.vera)
    await api.post(`/store/carts/${second}/store-credits`, { amount: 100 }, world.vera)
    expect((await completeCart(api, second, world.vera)).data.type).toBe("order")

    // Staff end a promotion; a gift card passes its date.
    const promotions = container.resolve(Modules.PROMOTION)
    await promotions.updatePromotions([
      { id: (await promotionOf(ended.code)).id, status: "inactive" },
    ])
    // A Date, as the gift card's model keeps it (the plugin's type says string).
    await container
      .resolve<GiftCardExpiry>("loyalty")
      .updateGiftCards([{ id: oldCard.gift_card_id, expires_at: new Date(Date.now() - 60_000) }])

    expect(await statusOf()).toEqual({
      [spent.id]: ["used", null],
      [ended.id]: ["expired", null],
      [giftCard.id]: ["used", 0],
      [oldCard.id]: ["expired", 800],
      [storeCredit.id]: ["available", 100],
    })
  })

  const promotionOf = async (code: string) =>
    (await container.resolve(Modules.PROMOTION).listPromotions({ code }))[0]

  it("validates paging as a 400 naming the field, and needs a logged-in customer", async () => {
    const cases: [string, RegExp][] = [
      ["limit=0", /field 'limit' too small, expected at least: '1'/],
      ["limit=-1", /field 'limit' too small, expected at least: '1'/],
      ["limit=1e308", /field 'limit' too big/],
      ["limit=101", /field 'limit' too big, expected at most: '100'/],
      ["limit=1.5", /'int' for field 'limit'/],
      ["limit=ten", /field 'limit'/],
      ["offset=-1", /field 'offset' too small, expected at least: '0'/],
      ["offset=0.5", /'int' for field 'offset'/],
      ["offset=1e308", /field 'offset' too big/],
      ["customer_id=cus_other", /customer_id/],
    ]
    await expectErrors(
      cases.map(([query, message]) => [
        query,
        () => api.get(`${LIST}?${query}`, world.vera),
        message,
      ])
    )
    await expectError(
      api.get(LIST, { headers: { "x-publishable-api-key": world.publishableKey } }),
      401,
      /Unauthorized/
    )
  })
}

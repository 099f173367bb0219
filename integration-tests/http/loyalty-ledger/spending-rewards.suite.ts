import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { expectError } from "../../helpers/expect-error"
import {
  cartWith,
  CheckoutWorld,
  completeCart,
  createCheckoutWorld,
} from "../benefits/checkout-fixtures"
import { expectLedgerInAgreement } from "./fixtures"

/**
 * A shopper spends a gift card or store credit reward the way a storefront
 * would: through @medusajs/loyalty-plugin's own store routes for carts, gift
 * cards and store credit accounts.
 */
export function spendingRewardsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let world: CheckoutWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    world = await createCheckoutWorld(container, api)
    await api.post(
      `/admin/customers/${world.vera.customer.id}/loyalty/adjustments`,
      { points: 5000, description: "Opening balance" },
      world.admin
    )
  })

  afterEach(async () => {
    await expectLedgerInAgreement(container)
  })

  const redeem = async (reward: Record<string, unknown>) => {
    const created = (
      await api.post(
        "/admin/loyalty/rewards",
        { points_cost: 1000, currency_code: "sek", ...reward },
        world.admin
      )
    ).data.reward
    const response = await api.post(
      "/store/customers/me/loyalty/redemptions",
      { reward_id: created.id },
      world.vera
    )
    expect(response.status).toBe(201)
    return response.data.redemption
  }

  const giftCardByCode = async (code: string) =>
    (
      await api.get(
        `/store/gift-cards/${code}?fields=+metadata,+store_credit_account.balance,+store_credit_account.customer_id`,
        world.vera
      )
    ).data.gift_card

  const storeCreditInSek = async () =>
    (await api.get("/store/store-credit-accounts?currency_code=sek", world.vera)).data
      .store_credit_accounts

  it("issues a gift card that pays part of an order, and keeps what is left on it", async () => {
    const redemption = await redeem({ name: "300 kr gift card", kind: "gift_card", amount: 300 })
    expect(redemption).toEqual(
      expect.objectContaining({
        kind: "gift_card",
        code: expect.stringMatching(/^GIFT-/),
        gift_card_id: expect.any(String),
      })
    )

    // Issued ready to spend: backed by a store credit account holding its value.
    const card = await giftCardByCode(redemption.code)
    expect(card).toEqual(
      expect.objectContaining({
        id: redemption.gift_card_id,
        value: 300,
        currency_code: "sek",
        metadata: expect.objectContaining({
          customer_id: world.vera.customer.id,
          loyalty_redemption_id: redemption.id,
        }),
      })
    )
    expect(card.store_credit_account.balance).toBe(300)

    // Not a promotion code: the cart takes it through the gift card route.
    const cartId = await cartWith(api, world, world.vera, [
      { variant_id: world.gala.variant_id, quantity: 1 },
    ])
    await expectError(
      api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [redemption.code] }, world.vera),
      400,
      /not valid|invalid/i
    )
    const { cart } = (
      await api.post(`/store/carts/${cartId}/gift-cards`, { code: redemption.code }, world.vera)
    ).data
    expect(cart.gift_cards).toEqual([expect.objectContaining({ code: redemption.code })])
    expect(cart.credit_line_total).toBe(300)
    expect(cart.total).toBe(200)

    const completed = await completeCart(api, cartId, world.vera)
    expect(completed.data.type).toBe("order")
    const order = completed.data.order
    expect(order.total).toBe(200)
    expect(order.credit_line_total).toBe(300)

    expect((await giftCardByCode(redemption.code)).store_credit_account.balance).toBe(0)
    const next = await cartWith(api, world, world.vera, [
      { variant_id: world.ballet.variant_id, quantity: 1 },
    ])
    await expectError(
      api.post(`/store/carts/${next}/gift-cards`, { code: redemption.code }, world.vera),
      400,
      `Gift card (${redemption.code}) has no balance`
    )
  })

  it("keeps the rest of a gift card worth more than the order for the next one", async () => {
    const redemption = await redeem({ name: "800 kr gift card", kind: "gift_card", amount: 800 })
    const cartId = await cartWith(api, world, world.vera, [
      { variant_id: world.gala.variant_id, quantity: 1 },
    ])
    await api.post(`/store/carts/${cartId}/gift-cards`, { code: redemption.code }, world.vera)
    expect((await completeCart(api, cartId, world.vera)).data.order.total).toBe(0)
    expect((await giftCardByCode(redemption.code)).store_credit_account.balance).toBe(300)

    const second = await cartWith(api, world, world.vera, [
      { variant_id: world.ballet.variant_id, quantity: 1 },
    ])
    const { cart } = (
      await api.post(`/store/carts/${second}/gift-cards`, { code: redemption.code }, world.vera)
    ).data
    expect(cart.total).toBe(200)
    expect((await completeCart(api, second, world.vera)).data.order.credit_line_total).toBe(300)
    expect((await giftCardByCode(redemption.code)).store_credit_account.balance).toBe(0)
  })

  it("credits store credit that pays part of an order, and shows what is left", async () => {
    const first = await redeem({ name: "200 kr credit", kind: "store_credit", amount: 200 })
    const second = await redeem({ name: "200 kr credit", kind: "store_credit", amount: 200 })
    // Both land on the customer's one account in the currency.
    expect(second.store_credit_account_id).toBe(first.store_credit_account_id)
    expect(await storeCreditInSek()).toEqual([
      expect.objectContaining({
        id: first.store_credit_account_id,
        customer_id: world.vera.customer.id,
        balance: 400,
      }),
    ])

    const cartId = await cartWith(api, world, world.vera, [
      { variant_id: world.gala.variant_id, quantity: 1 },
    ])
    const { cart } = (
      await api.post(`/store/carts/${cartId}/store-credits`, { amount: 150 }, world.vera)
    ).data
    expect(cart.credit_line_total).toBe(150)
    expect(cart.total).toBe(350)

    const order = (await completeCart(api, cartId, world.vera)).data.order
    expect(order.total).toBe(350)
    expect(await storeCreditInSek()).toEqual([expect.objectContaining({ balance: 250 })])

    // Another shopper can neither see nor spend it.
    expect(
      (await api.get("/store/store-credit-accounts?currency_code=sek", world.noah)).data
        .store_credit_accounts
    ).toEqual([])
    const noahsCart = await cartWith(api, world, world.noah, [
      { variant_id: world.gala.variant_id, quantity: 1 },
    ])
    await expectError(
      api.post(`/store/carts/${noahsCart}/store-credits`, {}, world.noah),
      400,
      /Store credit account not found/
    )
  })
}

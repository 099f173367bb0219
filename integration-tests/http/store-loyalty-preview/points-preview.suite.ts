import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { Modules } from "@medusajs/framework/utils"
import { expectError } from "../../helpers/expect-error"
import { payForCart } from "../benefits/checkout-fixtures"
import { expectErrors } from "../loyalty/helpers"
import { createPointsWorld, PointsWorld, SWEDISH_ADDRESS } from "./fixtures"
import { expectOrderFactsInAgreement } from "../../helpers/order-facts"

export function pointsPreviewTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let world: PointsWorld

  sharedFixtures(options, async () => {
    world = await createPointsWorld(getContainer(), api)
  })

  // URLSearchParams writes each value as a string, numbers too.
  const preview = async (
    query: Record<string, string | number>,
    as: { headers: Record<string, string> }
  ) =>
    (
      await api.get(
        `/store/loyalty/preview?${new URLSearchParams(query as Record<string, string>)}`,
        as
      )
    ).data.preview

  /** A cart in Sweden with an address (so it has its tax lines) and the items. */
  const cartWith = async (
    as: { headers: Record<string, string> },
    items: { variant_id: string; quantity: number }[],
    body: Record<string, unknown> = { shipping_address: SWEDISH_ADDRESS }
  ) => {
    const cart = (await api.post("/store/carts", { region_id: world.sweden.id, ...body }, as)).data
      .cart
    for (const item of items) {
      await api.post(`/store/carts/${cart.id}/line-items`, item, as)
    }
    return cart.id as string
  }

  describe("GET /store/loyalty/preview", () => {
    it("gives anonymous shoppers the points without a tier: price before tax, campaigns, fixed points", async () => {
      const gala = await preview(
        { variant_id: world.gala.variant_id, quantity: 2, region_id: world.sweden.id },
        world.anonymous
      )
      expect(gala).toEqual({
        variant_id: world.gala.variant_id,
        product_id: world.gala.id,
        quantity: 2,
        region_id: world.sweden.id,
        currency_code: "sek",
        unit_price: 625,
        // 2 × 625 SEK less 25 % moms = 1,000 SEK; 1 point per SEK, doubled by the campaign.
        amount: 1000,
        multiplier: "2",
        fixed_points: 0,
        points: 2000,
        member_price: null,
        tier: null,
        is_estimate: false,
      })

      // Only Sweden sells in SEK, so the region may be left out; the ended
      // ×5 campaign no longer counts; 15 fixed points per ticket do.
      const ballet = await preview(
        { variant_id: world.ballet.variant_id, quantity: 3 },
        world.anonymous
      )
      expect(ballet).toEqual(
        expect.objectContaining({
          region_id: world.sweden.id,
          amount: 600,
          multiplier: "1",
          fixed_points: 45,
          points: 645,
        })
      )

      const one = await preview(
        { variant_id: world.gala.variant_id, region_id: world.sweden.id },
        world.anonymous
      )
      expect(one).toEqual(expect.objectContaining({ quantity: 1, points: 1000 }))

      // In euros the tax is the country's: 59.50 is 50.00 before German tax and
      // 47.41 before Finnish; 10 points per euro, doubled.
      const inGermany = await preview(
        { variant_id: world.gala.variant_id, region_id: world.europe.id, country_code: "DE" },
        world.anonymous
      )
      expect(inGermany).toEqual(
        expect.objectContaining({ currency_code: "eur", unit_price: 59.5, points: 1000 })
      )
      const inFinland = await preview(
        { variant_id: world.gala.variant_id, region_id: world.europe.id, country_code: "fi" },
        world.anonymous
      )
      expect(inFinland).toEqual(expect.objectContaining({ points: 948, is_estimate: false }))
      // Without the country, the region's highest tax (Finland's): the least it earns.
      const somewhereInEurope = await preview(
        { variant_id: world.gala.variant_id, region_id: world.europe.id },
        world.anonymous
      )
      expect(somewhereInEurope).toEqual(expect.objectContaining({ points: 948, is_estimate: true }))
    })

    it("multiplies a logged-in member's amount points by their tier, never the fixed points", async () => {
      const gala = await preview(
        { variant_id: world.gala.variant_id, quantity: 2, region_id: world.sweden.id },
        world.vera
      )
      expect(gala).toEqual(
        expect.objectContaining({
          points: 3000,
          multiplier: "2",
          tier: { id: world.gold.id, name: "Gold", points_multiplier: "1.5" },
        })
      )
      const ballet = await preview({ variant_id: world.ballet.variant_id, quantity: 3 }, world.vera)
      expect(ballet).toEqual(expect.objectContaining({ fixed_points: 45, points: 945 }))

      // Logged in without a membership: as anonymous.
      const noah = await preview({ variant_id: world.ballet.variant_id, quantity: 3 }, world.noah)
      expect(noah).toEqual(expect.objectContaining({ points: 645, tier: null }))
    })

    it("previews a member's price and points as the cart gives them, with two benefits on one product; a guest's at the full price", async () => {
      const vip = (
        await api.post(
          "/admin/customer-flags",
          { name: "Opera Circle", abbreviation: "OC", icon: "Star", color: "#7C3AED" },
          world.admin
        )
      ).data.customer_flag
      const benefit = (body: Record<string, unknown>) =>
        api.post(
          "/admin/benefits",
          { flag_id: vip.id, kind: "discount", product_ids: [world.gala.id], ...body },
          world.admin
        )
      await benefit({
        title: "20 % off one gala seat",
        discount_type: "percentage",
        discount_value: 20,
        max_quantity: 1,
      })
      await benefit({
        title: "50 kr off gala seats",
        discount_type: "fixed",
        discount_value: 50,
        currency_code: "sek",
      })
      await api.post(
        `/admin/customers/${world.vera.customer.id}/flags`,
        { flag_id: vip.id },
        world.admin
      )

      const query = { variant_id: world.gala.variant_id, quantity: 2, region_id: world.sweden.id }
      const member = await preview(query, world.vera)
      // One seat at 20 % off (125 kr), the other at 50 kr off: 1,075 kr with
      // moms, 860 kr without; doubled by the campaign, ×1.5 for Gold.
      expect(member).toEqual(
        expect.objectContaining({
          unit_price: 625,
          member_price: {
            unit_price: 500,
            total: 1075,
            quantity: 2,
            discount_total: 175,
            description: "1 of 2 at your member price; 1 of 2 at your member price",
          },
          amount: 860,
          points: 2580,
        })
      )

      const cartId = await cartWith(world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      const cart = (await api.get(`/store/carts/${cartId}`, world.vera)).data.cart
      expect(cart.total).toBe(member.member_price.total)
      const { cart_loyalty } = (await api.get(`/store/carts/${cartId}/loyalty`, world.vera)).data
      expect(cart_loyalty.points).toBe(member.points)

      // A guest, and a logged-in customer without the flag, pay and earn on the full price.
      for (const shopper of [world.anonymous, world.noah]) {
        expect(await preview(query, shopper)).toEqual(
          expect.objectContaining({
            unit_price: 625,
            member_price: null,
            amount: 1000,
            points: 2000,
          })
        )
      }
      // Never worse off than a guest: the member's price is at most the guest's.
      expect(member.member_price.total).toBeLessThanOrEqual(2 * 625)
    })

    it("refuses bad queries with a 400 naming the field", async () => {
      const get = (query: string) => () =>
        api.get(`/store/loyalty/preview?${query}`, world.anonymous)
      const gala = `variant_id=${world.gala.variant_id}`
      await expectErrors([
        ["no variant_id", get("quantity=1"), /variant_id/],
        ["empty variant_id", get("variant_id="), /variant_id/],
        ["quantity=0", get(`${gala}&region_id=${world.sweden.id}&quantity=0`), /quantity/],
        ["quantity=1.5", get(`${gala}&region_id=${world.sweden.id}&quantity=1.5`), /quantity/],
        ["quantity=two", get(`${gala}&region_id=${world.sweden.id}&quantity=two`), /quantity/],
        ["quantity=10001", get(`${gala}&region_id=${world.sweden.id}&quantity=10001`), /quantity/],
        [
          "unknown field",
          get(`${gala}&region_id=${world.sweden.id}&customer_id=cus_1`),
          /customer_id/,
        ],
        ["unknown region", get(`${gala}&region_id=reg_missing`), /region_id/],
        ["several regions", get(gala), /region_id.*several regions/],
        [
          "country outside region",
          get(`${gala}&region_id=${world.europe.id}&country_code=se`),
          /country_code/,
        ],
        [
          "country_code=swe",
          get(`${gala}&region_id=${world.europe.id}&country_code=swe`),
          /country_code/,
        ],
      ])
    })

    it("answers 404 for a variant that is unknown, unpublished or not sold through the key's channel", async () => {
      for (const variantId of [
        "variant_missing",
        world.rehearsal.variant_id,
        world.tradeFair.variant_id,
      ]) {
        await expectError(
          api.get(`/store/loyalty/preview?variant_id=${variantId}`, world.anonymous),
          404,
          new RegExp(variantId)
        )
      }
      await expectError(
        api.get(`/store/loyalty/preview?variant_id=${world.ballet.variant_id}`),
        400,
        /publishable/i
      )
    })
  })

  describe("GET /store/carts/:id/loyalty", () => {
    it("promises what order.placed then credits, with the tier, balance and rewards the member can afford", async () => {
      const container = getContainer()
      const cheap = (
        await api.post(
          "/admin/loyalty/rewards",
          { name: "SEK 50 off", points_cost: 150, amount: 50, currency_code: "sek" },
          world.admin
        )
      ).data.reward
      await api.post(
        "/admin/loyalty/rewards",
        { name: "SEK 500 off", points_cost: 1500, amount: 500, currency_code: "sek" },
        world.admin
      )

      const previewed =
        (
          await preview(
            { variant_id: world.gala.variant_id, quantity: 2, region_id: world.sweden.id },
            world.vera
          )
        ).points +
        (
          await preview(
            { variant_id: world.ballet.variant_id, quantity: 3, region_id: world.sweden.id },
            world.vera
          )
        ).points
      expect(previewed).toBe(3945)

      const cartId = await cartWith(world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
        { variant_id: world.ballet.variant_id, quantity: 3 },
      ])
      const { cart_loyalty } = (await api.get(`/store/carts/${cartId}/loyalty`, world.vera)).data
      expect(cart_loyalty).toEqual({
        cart_id: cartId,
        currency_code: "sek",
        points: previewed,
        counted_amount: 1600,
        lines: expect.arrayContaining([
          {
            item_id: expect.any(String),
            variant_id: world.gala.variant_id,
            quantity: 2,
            amount: 1000,
            multiplier: "2",
            fixed_points: 0,
            points: 3000,
          },
          expect.objectContaining({
            variant_id: world.ballet.variant_id,
            fixed_points: 45,
            points: 945,
          }),
        ]),
        tier: { id: world.gold.id, name: "Gold", points_multiplier: "1.5" },
        is_estimate: false,
        balance: { available: 200, pending: 0, lifetime: 200 },
        affordable_rewards: [expect.objectContaining({ id: cheap.id, points_cost: 150 })],
      })

      await payForCart(api, cartId, world.vera)
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const credited = TestEventUtils.waitSubscribersExecution("order.placed", eventBus)
      const order = (await api.post(`/store/carts/${cartId}/complete`, {}, world.vera)).data.order
      await credited
      await expectOrderFactsInAgreement(container)

      const { entries } = (
        await api.get("/store/customers/me/loyalty/entries?type=earn", world.vera)
      ).data
      expect(entries).toEqual([
        expect.objectContaining({ type: "earn", status: "pending", points: previewed }),
      ])
      expect(entries[0].description).toBe(`Order #${order.display_id}`)
    })

    it("serves an anonymous cart by its id, points only; a customer's cart only to that customer", async () => {
      const anonymousCart = await cartWith(world.anonymous, [
        { variant_id: world.gala.variant_id, quantity: 1 },
      ])
      const seen = (await api.get(`/store/carts/${anonymousCart}/loyalty`, world.anonymous)).data
        .cart_loyalty
      expect(seen).toEqual(
        expect.objectContaining({ points: 1000, tier: null, balance: null, affordable_rewards: [] })
      )
      // Reading it logged in shows nothing of the reader's own.
      const byVera = (await api.get(`/store/carts/${anonymousCart}/loyalty`, world.vera)).data
        .cart_loyalty
      expect(byVera).toEqual(seen)

      // Before an address the moms of the region's only country is taken out.
      const noAddress = await cartWith(
        world.anonymous,
        [{ variant_id: world.gala.variant_id, quantity: 1 }],
        {}
      )
      expect(
        (await api.get(`/store/carts/${noAddress}/loyalty`, world.anonymous)).data.cart_loyalty
      ).toEqual(expect.objectContaining({ points: 1000, is_estimate: false }))
      // In Europe without an address, the highest tax of the region: the least it earns.
      const european = (
        await api.post("/store/carts", { region_id: world.europe.id }, world.anonymous)
      ).data.cart.id
      await api.post(
        `/store/carts/${european}/line-items`,
        { variant_id: world.gala.variant_id, quantity: 1 },
        world.anonymous
      )
      expect(
        (await api.get(`/store/carts/${european}/loyalty`, world.anonymous)).data.cart_loyalty
      ).toEqual(expect.objectContaining({ currency_code: "eur", points: 948, is_estimate: true }))
      await api.post(
        `/store/carts/${european}`,
        { shipping_address: { ...SWEDISH_ADDRESS, country_code: "de" } },
        world.anonymous
      )
      expect(
        (await api.get(`/store/carts/${european}/loyalty`, world.anonymous)).data.cart_loyalty
      ).toEqual(expect.objectContaining({ points: 1000, is_estimate: false }))

      // A guest checking out with an email: still read by the cart's id.
      const guestCart = await cartWith(
        world.anonymous,
        [{ variant_id: world.ballet.variant_id, quantity: 1 }],
        {
          email: "guest@example.com",
          shipping_address: SWEDISH_ADDRESS,
        }
      )
      expect(
        (await api.get(`/store/carts/${guestCart}/loyalty`, world.anonymous)).data.cart_loyalty
          .points
      ).toBe(215)

      const verasCart = await cartWith(world.vera, [
        { variant_id: world.ballet.variant_id, quantity: 1 },
      ])
      for (const reader of [world.noah, world.anonymous]) {
        await expectError(
          api.get(`/store/carts/${verasCart}/loyalty`, reader),
          404,
          new RegExp(verasCart)
        )
      }
      await expectError(
        api.get(`/store/carts/${guestCart}/loyalty`, world.noah),
        404,
        new RegExp(guestCart)
      )
      await expectError(
        api.get("/store/carts/cart_missing/loyalty", world.vera),
        404,
        /cart_missing/
      )
    })

    it("gives a member without enough points no rewards, and one without a membership no balance", async () => {
      await api.post(
        "/admin/loyalty/rewards",
        { name: "SEK 500 off", points_cost: 1500, amount: 500, currency_code: "sek" },
        world.admin
      )
      const verasCart = await cartWith(world.vera, [
        { variant_id: world.ballet.variant_id, quantity: 1 },
      ])
      const vera = (await api.get(`/store/carts/${verasCart}/loyalty`, world.vera)).data
        .cart_loyalty
      expect(vera).toEqual(expect.objectContaining({ points: 315, affordable_rewards: [] }))

      const noahsCart = await cartWith(world.noah, [
        { variant_id: world.ballet.variant_id, quantity: 1 },
      ])
      const noah = (await api.get(`/store/carts/${noahsCart}/loyalty`, world.noah)).data
        .cart_loyalty
      expect(noah).toEqual(
        expect.objectContaining({ points: 215, tier: null, balance: null, affordable_rewards: [] })
      )
    })
  })

  describe("a reward's code on a cart", () => {
    // Medusa takes a promotion's amount off the price before tax unless the
    // promotion is tax-inclusive; with prices that include 25 % moms a
    // "SEK 50 off" reward would otherwise take SEK 62.50 off.
    it("takes exactly the reward's amount off a cart whose prices include tax", async () => {
      const reward = (
        await api.post(
          "/admin/loyalty/rewards",
          { name: "SEK 50 off", points_cost: 150, amount: 50, currency_code: "sek" },
          world.admin
        )
      ).data.reward
      const { code } = (
        await api.post(
          "/store/customers/me/loyalty/redemptions",
          { reward_id: reward.id },
          world.vera
        )
      ).data.redemption

      const cartId = await cartWith(world.vera, [
        { variant_id: world.gala.variant_id, quantity: 1 },
      ])
      const before = (await api.get(`/store/carts/${cartId}`, world.vera)).data.cart
      expect(before).toEqual(
        expect.objectContaining({ total: 625, tax_total: 125, discount_total: 0 })
      )

      const { cart } = (
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, world.vera)
      ).data
      expect(cart.promotions).toEqual([expect.objectContaining({ code })])
      expect(cart).toEqual(
        expect.objectContaining({ discount_total: 50, total: 575, tax_total: 115 })
      )
    })
  })
}

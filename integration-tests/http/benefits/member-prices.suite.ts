import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { answerOf, expectError } from "../../helpers/expect-error"
import benefitPromotionsAppliedByPlugin from "../../../src/migration-scripts/benefit-promotions-applied-by-plugin"
import { APPLIED_BY_PLUGIN_RULE } from "../../../src/workflows/benefits/steps/promotion-for-benefit"
import {
  cartWith,
  CheckoutWorld,
  completeCart,
  createCheckoutWorld,
  eventually,
  usageRows,
} from "./checkout-fixtures"
import { expectOrderFactsInAgreement } from "../../helpers/order-facts"

const HOUR = 60 * 60 * 1000

/**
 * Issue 14, item 2: a benefit never leaves its holder worse off than a
 * guest. A discount's limit caps the units at the member price, not the
 * purchase; an early access's limit caps the purchase only before the
 * public sale start, and its refusals agree with the cart.
 */
/** A store cart's lines with their adjustments: the fields `memberPrices` reads. */
type MemberPricedCart = {
  items: { product_id: string; adjustments: { amount: number; description: string }[] }[]
}

export function memberPricesTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let world: CheckoutWorld
  const guest = () => ({ headers: { "x-publishable-api-key": world.publishableKey } })

  sharedFixtures(options, async () => {
    container = getContainer()
    world = await createCheckoutWorld(container, api)
  })

  const createBenefit = async (body: Record<string, unknown>) =>
    (await api.post("/admin/benefits", { flag_id: world.vip.id, ...body }, world.admin)).data
      .benefit

  const discount = (body: Record<string, unknown>) =>
    createBenefit({
      kind: "discount",
      product_ids: [world.gala.id],
      discount_type: "percentage",
      ...body,
    })

  // As a storefront asks for it: the description says which units a member price covers.
  const getCart = async (
    cartId: string,
    shopper: { headers: Record<string, string> } = world.vera
  ) =>
    (await api.get(`/store/carts/${cartId}?fields=+items.adjustments.description`, shopper)).data
      .cart

  /** The member prices on a cart's lines, per product: [amount, description][]. */
  const memberPrices = (cart: MemberPricedCart) =>
    Object.fromEntries(
      cart.items.map((item): [string, [number, string][]] => [
        item.product_id,
        item.adjustments.map((a): [number, string] => [a.amount, a.description]).sort(),
      ])
    )

  const usedUnits = async () =>
    (await usageRows(container, { customer_id: world.vera.customer.id }))
      .filter((row) => !row.released_at)
      .reduce((total, row) => total + row.quantity, 0)

  describe("discounts", () => {
    it("sells units past a per-product limit at the normal price, never above a guest's, across two orders", async () => {
      const benefit = await discount({ title: "Hamlet 15 %", discount_value: 15, max_quantity: 2 })
      await world.giveFlag(world.vera)

      // Three in one cart: 400 before, now accepted with two at the member price.
      const first = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 3 },
      ])
      const cart = await getCart(first)
      expect(cart.items[0].quantity).toBe(3)
      expect(cart.items[0].adjustments).toEqual([
        expect.objectContaining({
          amount: 150,
          code: expect.stringMatching(/^BENEFIT-/),
          promotion_id: benefit.promotion_id,
          description: "2 of 3 at your member price",
        }),
      ])
      expect(cart.total).toBe(1350)
      const guestCart = (await api.post("/store/carts", { region_id: world.region.id }, guest()))
        .data.cart
      await api.post(
        `/store/carts/${guestCart.id}/line-items`,
        { variant_id: world.gala.variant_id, quantity: 3 },
        guest()
      )
      expect((await getCart(guestCart.id, guest())).total).toBe(1500)

      // Down to one and back up: the cart follows.
      const itemId = cart.items[0].id
      await api.post(`/store/carts/${first}/line-items/${itemId}`, { quantity: 1 }, world.vera)
      expect(memberPrices(await getCart(first))).toEqual({
        [world.gala.id]: [[75, "1 of 1 at your member price"]],
      })

      // The first order takes one; the second, of three, gets the one left.
      const firstOrder = (await completeCart(api, first, world.vera)).data.order
      expect(firstOrder.total).toBe(425)
      await eventually(async () => expect(await usedUnits()).toBe(1))
      const second = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 3 },
      ])
      expect(memberPrices(await getCart(second))).toEqual({
        [world.gala.id]: [[75, "1 of 3 at your member price"]],
      })
      const secondOrder = (await completeCart(api, second, world.vera)).data.order
      expect(secondOrder.total).toBe(1425)
      await eventually(async () => expect(await usedUnits()).toBe(2))

      // Limit reached: four more sell, all at the normal price, like a guest's.
      const third = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 4 },
      ])
      expect(memberPrices(await getCart(third))).toEqual({ [world.gala.id]: [] })
      expect((await completeCart(api, third, world.vera)).data.order.total).toBe(2000)
      await eventually(async () => expect(await usedUnits()).toBe(2))

      // A cancelled order gives its unit back.
      await api.post(`/admin/orders/${firstOrder.id}/cancel`, {}, world.admin)
      await eventually(async () => expect(await usedUnits()).toBe(1))
      const fourth = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      expect(memberPrices(await getCart(fourth))).toEqual({
        [world.gala.id]: [[75, "1 of 2 at your member price"]],
      })
      // Three orders placed at member and normal prices, one cancelled: the order facts kept up.
      await eventually(() => expectOrderFactsInAgreement(container))
    })

    it("caps a total limit across products and a limit on products, dearest units first", async () => {
      await discount({
        title: "Season price",
        product_ids: [world.gala.id, world.ballet.id],
        discount_value: 20,
        max_quantity: 3,
        quantity_scope: "total",
      })
      await world.giveFlag(world.vera)
      const first = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
        { variant_id: world.ballet.variant_id, quantity: 2 },
      ])
      const prices = memberPrices(await getCart(first))
      const units = Object.values(prices)
        .flat()
        .map(([, description]) => Number(description.split(" ")[0]))
      expect(units.reduce((a: number, b: number) => a + b, 0)).toBe(3)
      expect((await getCart(first)).total).toBe(2000 - 300)
      await completeCart(api, first, world.vera)
      await eventually(async () => expect(await usedUnits()).toBe(3))
      const second = await cartWith(api, world, world.vera, [
        { variant_id: world.ballet.variant_id, quantity: 1 },
      ])
      expect((await getCart(second)).total).toBe(500)

      // On one product only: the other product sells at the normal price.
      await discount({
        title: "One show",
        product_ids: [world.gala.id, world.ballet.id],
        discount_value: 10,
        max_products: 1,
        max_quantity: null,
      })
      const third = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
        { variant_id: world.ballet.variant_id, quantity: 2 },
      ])
      expect((await getCart(third)).total).toBe(2000 - 100)
    })

    it("gives a holder of two discounts on one product the better one per unit", async () => {
      const better = await discount({ title: "Patron 15 %", discount_value: 15, max_quantity: 2 })
      const worse = await discount({ title: "Member 10 %", discount_value: 10, max_quantity: 5 })
      await world.giveFlag(world.vera)
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 4 },
      ])
      const [item] = (await getCart(cartId)).items
      expect(item.adjustments).toHaveLength(2)
      expect(item.adjustments).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            promotion_id: better.promotion_id,
            amount: 150,
            description: "2 of 4 at your member price",
          }),
          expect.objectContaining({
            promotion_id: worse.promotion_id,
            amount: 100,
            description: "2 of 4 at your member price",
          }),
        ])
      )
      expect((await getCart(cartId)).total).toBe(2000 - 250)
      await completeCart(api, cartId, world.vera)
      await eventually(async () => {
        const rows = await usageRows(container, { customer_id: world.vera.customer.id })
        expect(rows.map((r) => [r.benefit_id, r.quantity]).sort()).toEqual(
          [
            [better.id, 2],
            [worse.id, 2],
          ].sort()
        )
      })
      // The better one is used up: the worse one prices the next units.
      const next = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 4 },
      ])
      expect(memberPrices(await getCart(next))).toEqual({
        [world.gala.id]: [[150, "3 of 4 at your member price"]],
      })
    })

    it("takes fractional and very large quantities: whole units at the member price, no 500", async () => {
      await discount({ title: "VIP price", discount_value: 20, max_quantity: 2 })
      await discount({
        title: "Ballet price",
        product_ids: [world.ballet.id],
        discount_value: 10,
        max_quantity: null,
      })
      await world.giveFlag(world.vera)
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2.5 },
      ])
      // Medusa stores the line with a whole quantity (3); two of them at the member price.
      const [item] = (await getCart(cartId)).items
      expect(memberPrices(await getCart(cartId))).toEqual({
        [world.gala.id]: [[200, `2 of ${item.quantity} at your member price`]],
      })
      const order = (await completeCart(api, cartId, world.vera)).data.order
      expect(order.total).toBe(500 * item.quantity - 200)
      await eventually(async () => expect(await usedUnits()).toBe(2))

      const big = await cartWith(api, world, world.vera, [
        { variant_id: world.ballet.variant_id, quantity: 1e6 },
      ])
      expect((await getCart(big)).total).toBe(500 * 1e6 * 0.9)
      for (const quantity of [1e6 + 1, 1e308, -1e308]) {
        await expectError(
          api.post(
            `/store/carts/${big}/line-items`,
            { variant_id: world.gala.variant_id, quantity },
            world.vera
          ),
          400,
          /'quantity' must be at most 1000000/
        )
      }
      await expectError(
        api.post(
          "/store/carts",
          {
            region_id: world.region.id,
            items: [{ variant_id: world.gala.variant_id, quantity: 1e308 }],
          },
          world.vera
        ),
        400,
        /'items\[0\].quantity' must be at most 1000000/
      )
      for (const quantity of [0, -1, 0.5, "many", null]) {
        const response = await api
          .post(
            `/store/carts/${big}/line-items`,
            { variant_id: world.gala.variant_id, quantity },
            world.vera
          )
          .catch(answerOf)
        expect(response.status).toBeLessThan(500)
      }
    })

    it("puts the member prices back when the promotion refresh fails after they were rewritten", async () => {
      await discount({ title: "VIP price", discount_value: 20, max_quantity: 1 })
      await world.giveFlag(world.vera)
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 1 },
      ])
      expect((await getCart(cartId)).total).toBe(400)
      await api.delete(
        `/admin/customers/${world.vera.customer.id}/flags/${world.vip.id}`,
        world.admin
      )
      // The refresh removes the member price, then fails on the unknown code: the removal is undone.
      await expectError(
        api.post(
          `/store/carts/${cartId}/promotions`,
          { promo_codes: ["NO-SUCH-CODE"] },
          world.vera
        ),
        400,
        /NO-SUCH-CODE/
      )
      expect((await getCart(cartId)).total).toBe(400)
      // A refresh that succeeds removes it.
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: world.ballet.variant_id, quantity: 1 },
        world.vera
      )
      expect((await getCart(cartId)).total).toBe(1000)

      // The flag back, the cart not refreshed: bought at the normal price, it uses no member price.
      await world.giveFlag(world.vera)
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", eventBus)
      expect((await completeCart(api, cartId, world.vera)).data.order.total).toBe(1000)
      await placed
      await expectOrderFactsInAgreement(container)
      expect(await usedUnits()).toBe(0)
      const next = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 1 },
      ])
      expect((await getCart(next)).total).toBe(400)
    })
  })

  describe("promotions made before member prices", () => {
    it("get the rule that keeps Medusa from pricing every unit, from the migration script", async () => {
      const benefit = await discount({ title: "VIP price", discount_value: 20, max_quantity: 2 })
      await world.giveFlag(world.vera)
      // As an older version made it: without the rule, Medusa applies it to every unit too.
      const promotions = container.resolve(Modules.PROMOTION)
      const [promotion] = await promotions.listPromotions(
        { id: benefit.promotion_id },
        { relations: ["rules"] }
      )
      const rule = promotion.rules!.find((r) => r.attribute === APPLIED_BY_PLUGIN_RULE.attribute)!
      await promotions.removePromotionRules(promotion.id, [rule.id])
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 3 },
      ])
      expect((await getCart(cartId)).total).toBeLessThan(1300)

      // Medusa runs migration scripts with `{ container }` alone, as here.
      await benefitPromotionsAppliedByPlugin({ container } as ExecArgs)
      await benefitPromotionsAppliedByPlugin({ container } as ExecArgs)
      const [fixed] = await promotions.listPromotions(
        { id: benefit.promotion_id },
        { relations: ["rules"] }
      )
      expect(
        fixed.rules!.filter((r) => r.attribute === APPLIED_BY_PLUGIN_RULE.attribute)
      ).toHaveLength(1)
      const [item] = (await getCart(cartId)).items
      await api.post(`/store/carts/${cartId}/line-items/${item.id}`, { quantity: 3 }, world.vera)
      expect(memberPrices(await getCart(cartId))).toEqual({
        [world.gala.id]: [[200, "2 of 3 at your member price"]],
      })
      expect((await getCart(cartId)).total).toBe(1300)
    })
  })

  describe("early access", () => {
    it("caps the purchase before the public sale, in total and across orders, saying what is in the cart, and not after", async () => {
      const publicStart = new Date(Date.now() + 48 * HOUR)
      const onSale = publicStart.toISOString().slice(0, 16).replace("T", " ")
      await api.post(
        `/admin/products/${world.gala.id}/sale-start`,
        { public_sale_starts_at: publicStart.toISOString() },
        world.admin
      )
      await api.post(
        `/admin/products/${world.ballet.id}/sale-start`,
        { public_sale_starts_at: publicStart.toISOString() },
        world.admin
      )
      await createBenefit({
        kind: "early_access",
        title: "Season presale",
        product_ids: [world.gala.id, world.ballet.id],
        early_access_from: new Date(Date.now() - HOUR).toISOString(),
        max_quantity: 3,
        quantity_scope: "total",
      })
      await world.giveFlag(world.vera)

      const first = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      await expectError(
        api.post(
          `/store/carts/${first}/line-items`,
          { variant_id: world.ballet.variant_id, quantity: 2 },
          world.vera
        ),
        400,
        `Your early access "Season presale" allows 3 items in total of the products it opens before the public sale on ${onSale} UTC: 2 of your 3 are in your cart.`
      )
      await api.post(
        `/store/carts/${first}/line-items`,
        { variant_id: world.ballet.variant_id, quantity: 1 },
        world.vera
      )
      await completeCart(api, first, world.vera)
      await eventually(async () => expect(await usedUnits()).toBe(3))

      await expectError(
        cartWith(api, world, world.vera, [{ variant_id: world.ballet.variant_id, quantity: 1 }]),
        400,
        `Your early access "Season presale" allows 3 items in total of the products it opens before the public sale on ${onSale} UTC: 3 of your 3 were bought before.`
      )

      // On sale to everyone: the holder buys more than the limit, like anyone.
      await api.post(
        `/admin/products/${world.ballet.id}/sale-start`,
        { public_sale_starts_at: new Date(Date.now() - 1000).toISOString() },
        world.admin
      )
      const after = await cartWith(api, world, world.vera, [
        { variant_id: world.ballet.variant_id, quantity: 5 },
      ])
      expect((await completeCart(api, after, world.vera)).data.type).toBe("order")
    })

    it("says what was bought before and what is in the cart for a per-product limit", async () => {
      const publicStart = new Date(Date.now() + 48 * HOUR)
      const onSale = publicStart.toISOString().slice(0, 16).replace("T", " ")
      await api.post(
        `/admin/products/${world.gala.id}/sale-start`,
        { public_sale_starts_at: publicStart.toISOString() },
        world.admin
      )
      await createBenefit({
        kind: "early_access",
        title: "VIP presale",
        product_ids: [world.gala.id],
        early_access_from: new Date(Date.now() - HOUR).toISOString(),
        max_quantity: 3,
      })
      await world.giveFlag(world.vera)
      await completeCart(
        api,
        await cartWith(api, world, world.vera, [
          { variant_id: world.gala.variant_id, quantity: 1 },
        ]),
        world.vera
      )
      await eventually(async () => expect(await usedUnits()).toBe(1))
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      await expectError(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: world.gala.variant_id, quantity: 1 },
          world.vera
        ),
        400,
        `Your early access "VIP presale" allows 3 of "Opera Gala" before the public sale on ${onSale} UTC: 1 of your 3 was bought before and 2 are in your cart.`
      )
    })
  })
}

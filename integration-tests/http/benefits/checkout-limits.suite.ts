import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { expectError } from "../../helpers/expect-error"
import {
  cartWith,
  CheckoutWorld,
  completeCart,
  createCheckoutWorld,
  eventually,
  payForCart,
  usageRows,
} from "./checkout-fixtures"
import { recordOrderBenefitUsageWorkflow } from "../../../src/workflows/benefits"
import { createOrder } from "../loyalty-ledger/fixtures"
import { expectOrderFactsInAgreement } from "../../helpers/order-facts"

const HOUR = 60 * 60 * 1000

export function checkoutLimitsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let world: CheckoutWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    world = await createCheckoutWorld(container, api)
  })

  const createBenefit = async (body: Record<string, unknown>) =>
    (await api.post("/admin/benefits", { flag_id: world.vip.id, ...body }, world.admin)).data
      .benefit

  const vipDiscount = (body: Record<string, unknown> = {}) =>
    createBenefit({
      kind: "discount",
      title: "VIP price",
      product_ids: [world.gala.id],
      discount_type: "percentage",
      discount_value: 20,
      max_quantity: 2,
      quantity_scope: "per_product",
      ...body,
    })

  const setSaleStart = (productId: string, at: Date | null) =>
    api.post(
      `/admin/products/${productId}/sale-start`,
      { public_sale_starts_at: at?.toISOString() ?? null },
      world.admin
    )

  describe("discounts", () => {
    it("prices a flagged shopper's items through the flag's promotion, up to the limit, counted across orders", async () => {
      const benefit = await vipDiscount()
      expect(benefit).toEqual(
        expect.objectContaining({
          kind: "discount",
          promotion_id: expect.stringMatching(/^promo_/),
          max_quantity: 2,
        })
      )
      await world.giveFlag(world.vera)

      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      const cart = (await api.get(`/store/carts/${cartId}`, world.vera)).data.cart
      expect(cart.total).toBe(800)
      expect(JSON.stringify(cart)).not.toContain("VIP Patron")

      const completed = await completeCart(api, cartId, world.vera)
      expect(completed.data.type).toBe("order")
      const orderId = completed.data.order.id
      // The reservation made at completion becomes the order's usage on order.placed.
      await eventually(async () =>
        expect(await usageRows(container, { order_id: orderId })).toEqual([
          expect.objectContaining({
            benefit_id: benefit.id,
            product_id: world.gala.id,
            quantity: 2,
            released_at: null,
          }),
        ])
      )

      // Two used: a third is sold, at the normal price.
      const next = (await api.post("/store/carts", { region_id: world.region.id }, world.vera)).data
        .cart
      await api.post(
        `/store/carts/${next.id}/line-items`,
        { variant_id: world.gala.variant_id, quantity: 1 },
        world.vera
      )
      expect((await api.get(`/store/carts/${next.id}`, world.vera)).data.cart.total).toBe(500)
      await api.post(
        `/store/carts/${next.id}/line-items`,
        { variant_id: world.ballet.variant_id, quantity: 5 },
        world.vera
      )

      // A shopper without the flag pays full price and meets no limit.
      const noahCart = await cartWith(api, world, world.noah, [
        { variant_id: world.gala.variant_id, quantity: 3 },
      ])
      expect((await api.get(`/store/carts/${noahCart}`, world.noah)).data.cart.total).toBe(1500)

      // A redelivered order.placed counts nothing twice.
      await recordOrderBenefitUsageWorkflow(container).run({ input: { order_id: orderId } })
      await recordOrderBenefitUsageWorkflow(container).run({ input: { order_id: orderId } })
      expect(await usageRows(container, { customer_id: world.vera.customer.id })).toHaveLength(1)

      // Cancelling the order gives the two back.
      await api.post(`/admin/orders/${orderId}/cancel`, {}, world.admin)
      await eventually(async () => {
        const [row] = await usageRows(container, { order_id: orderId })
        expect(row.released_at).not.toBeNull()
      })
      // The order facts followed the order placed, then cancelled.
      await eventually(() => expectOrderFactsInAgreement(container))
      // Changing the cart reprices it: the two given back are at the member price again.
      await api.post(
        `/store/carts/${next.id}/line-items`,
        { variant_id: world.gala.variant_id, quantity: 2 },
        world.vera
      )
      expect((await api.get(`/store/carts/${next.id}`, world.vera)).data.cart.total).toBe(
        3 * 500 - 2 * 100 + 5 * 500
      )
    })

    it("counts an order placed without a cart (by staff) once, however often its event comes", async () => {
      const benefit = await vipDiscount({ max_quantity: 3 })
      await world.giveFlag(world.vera)
      const order = await createOrder(container, {
        customer_id: world.vera.customer.id,
        items: [
          {
            title: "Opera Gala",
            quantity: 2,
            unit_price: 400,
            product_id: world.gala.id,
            variant_id: world.gala.variant_id,
          },
        ],
      })
      for (let delivery = 0; delivery < 3; delivery++) {
        await recordOrderBenefitUsageWorkflow(container).run({ input: { order_id: order.id } })
      }
      expect(await usageRows(container, { customer_id: world.vera.customer.id })).toEqual([
        expect.objectContaining({
          benefit_id: benefit.id,
          order_id: order.id,
          cart_id: null,
          quantity: 2,
        }),
      ])
      // One of the three left: one of the two in a cart is at the member price.
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      const [item] = (
        await api.get(`/store/carts/${cartId}?fields=+items.adjustments.description`, world.vera)
      ).data.cart.items
      expect(item.adjustments).toEqual([
        expect.objectContaining({ amount: 100, description: "1 of 2 at your member price" }),
      ])
    })

    it("refuses the discounted items once the flag is removed, and prices them normally after the cart is updated", async () => {
      await vipDiscount({ max_quantity: null })
      await world.giveFlag(world.vera)
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 1 },
      ])
      expect((await api.get(`/store/carts/${cartId}`, world.vera)).data.cart.total).toBe(400)

      await api.delete(
        `/admin/customers/${world.vera.customer.id}/flags/${world.vip.id}`,
        world.admin
      )
      await expectError(
        completeCart(api, cartId, world.vera),
        400,
        `The discount "VIP price" no longer applies to "Opera Gala"; update the cart to see its current price.`
      )
      // Any change to the cart recomputes its promotions: full price, and it completes.
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: world.ballet.variant_id, quantity: 1 },
        world.vera
      )
      expect((await api.get(`/store/carts/${cartId}`, world.vera)).data.cart.total).toBe(1000)
      expect((await completeCart(api, cartId, world.vera)).data.type).toBe("order")
    })

    it("lets only one of three carts completed at the same moment keep the member price a limit allows, round after round", async () => {
      await vipDiscount({ max_quantity: 2 })
      await world.giveFlag(world.vera)
      for (let round = 0; round < 3; round++) {
        const carts = [
          await cartWith(api, world, world.vera, [
            { variant_id: world.gala.variant_id, quantity: 2 },
          ]),
          await cartWith(api, world, world.vera, [
            { variant_id: world.gala.variant_id, quantity: 2 },
          ]),
          await cartWith(api, world, world.vera, [
            { variant_id: world.gala.variant_id, quantity: 2 },
          ]),
        ]
        // Payment sessions first, one by one (Medusa creates the customer's
        // payment account holder on the first); then the completions at once.
        for (const cartId of carts) {
          await payForCart(api, cartId, world.vera)
        }
        const outcomes = await Promise.allSettled(
          carts.map((cartId) => api.post(`/store/carts/${cartId}/complete`, {}, world.vera))
        )
        const placed = outcomes.flatMap((o) =>
          o.status === "fulfilled" && o.value.data.type === "order" ? [o.value.data.order] : []
        )
        const refused = outcomes.flatMap((o, i) =>
          o.status === "rejected" ? [{ reason: o.reason, cartId: carts[i] }] : []
        )
        expect(placed).toHaveLength(1)
        expect(placed[0].total).toBe(800)
        expect(refused).toHaveLength(2)
        for (const { reason, cartId } of refused) {
          expect(reason.response.status).toBe(400)
          expect(reason.response.data.message).toBe(
            `Your member price "VIP price" now covers 0 of your 2 "Opera Gala"; update the cart to see its current price.`
          )
          // Updated, the cart is repriced and completes at the normal price.
          const [item] = (await api.get(`/store/carts/${cartId}`, world.vera)).data.cart.items
          await api.post(
            `/store/carts/${cartId}/line-items/${item.id}`,
            { quantity: 2 },
            world.vera
          )
          const order = (await completeCart(api, cartId, world.vera)).data.order
          expect(order.total).toBe(1000)
        }
        // Only the member-priced order counts, with its two units.
        await eventually(async () => {
          const rows = (await usageRows(container, { customer_id: world.vera.customer.id })).filter(
            (r) => r.order_id && !r.released_at
          )
          expect(rows).toEqual([expect.objectContaining({ order_id: placed[0].id, quantity: 2 })])
        })
        // Cancelled, it gives the two back for the next round.
        await api.post(`/admin/orders/${placed[0].id}/cancel`, {}, world.admin)
        await eventually(async () => {
          const [row] = await usageRows(container, { order_id: placed[0].id })
          expect(row.released_at).not.toBeNull()
        })
      }
      // Orders completed at once, repriced, cancelled: the order facts kept up.
      await eventually(() => expectOrderFactsInAgreement(container))
    })

    it("keeps the promotion in step with the benefit and removes both with the flag", async () => {
      const promotions = container.resolve(Modules.PROMOTION)
      const benefit = await vipDiscount()
      const [promotion] = await promotions.listPromotions(
        { id: benefit.promotion_id },
        {
          relations: [
            "rules",
            "rules.values",
            "application_method",
            "application_method.target_rules",
            "application_method.target_rules.values",
          ],
        }
      )
      expect(promotion).toEqual(
        expect.objectContaining({
          is_automatic: true,
          status: "active",
          code: expect.stringMatching(/^BENEFIT-/),
        })
      )
      expect(promotion.code).not.toContain("VIP")
      expect(promotion.rules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            attribute: "customer.groups.id",
            values: [expect.objectContaining({ value: world.vip.customer_group_id })],
          }),
        ])
      )
      expect(promotion.application_method!.target_rules![0]).toEqual(
        expect.objectContaining({
          attribute: "items.product.id",
          values: [expect.objectContaining({ value: world.gala.id })],
        })
      )

      // New terms: a new promotion, dated through a campaign; the old one is gone.
      const ends = new Date(Date.now() + 24 * HOUR)
      const updated = (
        await api.post(
          `/admin/benefits/${benefit.id}`,
          { discount_value: 30, ends_at: ends.toISOString() },
          world.admin
        )
      ).data.benefit
      expect(updated.promotion_id).not.toBe(benefit.promotion_id)
      expect(await promotions.listPromotions({ id: benefit.promotion_id })).toEqual([])
      const [replacement] = await promotions.listPromotions(
        { id: updated.promotion_id },
        { relations: ["campaign", "application_method"] }
      )
      expect(Number(replacement.application_method!.value)).toBe(30)
      expect(new Date(replacement.campaign!.ends_at!).toISOString()).toBe(ends.toISOString())

      // A title change keeps the promotion.
      const renamed = (
        await api.post(`/admin/benefits/${benefit.id}`, { title: "Patron price" }, world.admin)
      ).data.benefit
      expect(renamed.promotion_id).toBe(updated.promotion_id)

      // Switched off: inactive promotion.
      const off = (
        await api.post(`/admin/benefits/${benefit.id}`, { is_active: false }, world.admin)
      ).data.benefit
      const [inactive] = await promotions.listPromotions({ id: off.promotion_id })
      expect(inactive.status).toBe("inactive")

      await api.delete(`/admin/customer-flags/${world.vip.id}`, world.admin)
      await expectError(api.get(`/admin/benefits/${benefit.id}`, world.admin), 404, /was not found/)
      expect(await promotions.listPromotions({ id: off.promotion_id })).toEqual([])
    })

    it("gives a tier's discount to the tier's members through the tier's group", async () => {
      const tier = (
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Gold", min_points: 100, rank: 1 },
          world.admin
        )
      ).data.tier
      await api.post(
        "/admin/benefits",
        {
          tier_id: tier.id,
          kind: "discount",
          title: "Gold price",
          product_ids: [world.gala.id],
          discount_type: "fixed",
          discount_value: 100,
          currency_code: "SEK",
        },
        world.admin
      )
      await api.post(
        `/admin/customers/${world.vera.customer.id}/loyalty/adjustments`,
        { points: 150, description: "Welcome" },
        world.admin
      )
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      expect((await api.get(`/store/carts/${cartId}`, world.vera)).data.cart.total).toBe(800)
      const noahCart = await cartWith(api, world, world.noah, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      expect((await api.get(`/store/carts/${noahCart}`, world.noah)).data.cart.total).toBe(1000)
    })
  })

  describe("early access", () => {
    it("sells a product before its public sale start only to customers whose early access has opened, within its limit", async () => {
      const publicStart = new Date(Date.now() + 48 * HOUR)
      await setSaleStart(world.gala.id, publicStart)
      await createBenefit({
        kind: "early_access",
        title: "VIP presale",
        product_ids: [world.gala.id],
        early_access_from: new Date(Date.now() - HOUR).toISOString(),
        max_quantity: 2,
      })
      await world.giveFlag(world.vera)
      const onSale = `"Opera Gala" goes on sale on ${publicStart.toISOString().slice(0, 16).replace("T", " ")} UTC.`

      await expectError(
        cartWith(api, world, world.noah, [{ variant_id: world.gala.variant_id, quantity: 1 }]),
        400,
        onSale
      )
      // A guest cannot either.
      const guest = { headers: { "x-publishable-api-key": world.publishableKey } }
      const guestCart = (await api.post("/store/carts", { region_id: world.region.id }, guest)).data
        .cart
      await expectError(
        api.post(
          `/store/carts/${guestCart.id}/line-items`,
          { variant_id: world.gala.variant_id, quantity: 1 },
          guest
        ),
        400,
        onSale
      )
      // Other products are on sale.
      await cartWith(api, world, world.noah, [{ variant_id: world.ballet.variant_id, quantity: 1 }])

      // Store products tell the flagged shopper about the early access, and everyone about the date.
      const forVera = (await api.get(`/store/products/${world.gala.id}`, world.vera)).data.product
      expect(forVera.early_access).toEqual({
        available_from: expect.any(String),
        public_sale_starts_at: publicStart.toISOString(),
        max_quantity: 2,
        quantity_scope: "per_product",
        remaining: 2,
      })
      const forNoah = (await api.get(`/store/products/${world.gala.id}`, world.noah)).data.product
      expect(forNoah.sale_starts_at).toBe(publicStart.toISOString())
      expect(forNoah.early_access).toBeUndefined()
      const listed: { id: string; early_access?: { remaining: number } }[] = (
        await api.get(`/store/products`, world.vera)
      ).data.products
      expect(listed.find((p) => p.id === world.gala.id)!.early_access!.remaining).toBe(2)
      expect(listed.find((p) => p.id === world.ballet.id)!.early_access).toBeUndefined()

      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 2 },
      ])
      const onSaleDate = publicStart.toISOString().slice(0, 16).replace("T", " ")
      await expectError(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: world.gala.variant_id, quantity: 1 },
          world.vera
        ),
        400,
        `Your early access "VIP presale" allows 2 of "Opera Gala" before the public sale on ${onSaleDate} UTC: 2 of your 2 are in your cart.`
      )
      expect((await completeCart(api, cartId, world.vera)).data.type).toBe("order")
      await eventually(async () => {
        const product = (await api.get(`/store/products/${world.gala.id}`, world.vera)).data.product
        expect(product.early_access.remaining).toBe(0)
      })

      // The flag goes: so does the early access, at once.
      await api.delete(
        `/admin/customers/${world.vera.customer.id}/flags/${world.vip.id}`,
        world.admin
      )
      await expectError(
        cartWith(api, world, world.vera, [{ variant_id: world.gala.variant_id, quantity: 1 }]),
        400,
        onSale
      )

      // On sale to everyone: no limits any more.
      await setSaleStart(world.gala.id, new Date(Date.now() - 1000))
      await cartWith(api, world, world.noah, [{ variant_id: world.gala.variant_id, quantity: 5 }])
    })

    it("tells a customer when their early access opens, and refuses a cart completed before it", async () => {
      const publicStart = new Date(Date.now() + 48 * HOUR)
      const opens = new Date(Date.now() + 24 * HOUR)
      await createBenefit({
        kind: "early_access",
        title: "VIP presale",
        product_ids: [world.gala.id],
        early_access_from: opens.toISOString(),
      })
      await world.giveFlag(world.vera)
      // Added while on sale, then the sale start moves to the future: completion refuses it.
      const cartId = await cartWith(api, world, world.vera, [
        { variant_id: world.gala.variant_id, quantity: 1 },
      ])
      await setSaleStart(world.gala.id, publicStart)
      await expectError(
        completeCart(api, cartId, world.vera),
        400,
        `Your early access ("VIP presale") opens on ${opens.toISOString().slice(0, 16).replace("T", " ")} UTC.`
      )
    })
  })
}

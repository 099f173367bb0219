import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { expectError } from "../../helpers/expect-error"
import {
  cartWith,
  CheckoutWorld,
  completeCart,
  createCheckoutWorld,
  eventually,
  usageRows,
} from "./checkout-fixtures"
import { recordOrderBenefitUsageWorkflow } from "../../../src/workflows/benefits"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(180 * 1000)

const HOUR = 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let world: CheckoutWorld

    beforeEach(async () => {
      container = getContainer()
      world = await createCheckoutWorld(container, api)
    })

    const createBenefit = async (body: Record<string, unknown>) =>
      (await api.post("/admin/benefits", { flag_id: world.vip.id, ...body }, world.admin)).data.benefit

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
          expect.objectContaining({ kind: "discount", promotion_id: expect.stringMatching(/^promo_/), max_quantity: 2 })
        )
        await world.giveFlag(world.vera)

        const cartId = await cartWith(api, world, world.vera, [{ variant_id: world.gala.variant_id, quantity: 2 }])
        const cart = (await api.get(`/store/carts/${cartId}`, world.vera)).data.cart
        expect(cart.total).toBe(800)
        expect(JSON.stringify(cart)).not.toContain("VIP Patron")

        const completed = await completeCart(api, cartId, world.vera)
        expect(completed.data.type).toBe("order")
        const orderId = completed.data.order.id
        // The reservation made at completion becomes the order's usage on order.placed.
        await eventually(async () =>
          expect(await usageRows(container, { order_id: orderId })).toEqual([
            expect.objectContaining({ benefit_id: benefit.id, product_id: world.gala.id, quantity: 2, released_at: null }),
          ])
        )

        // Two used: the third is refused when added, with what remains.
        const next = (await api.post("/store/carts", { region_id: world.region.id }, world.vera)).data.cart
        await expectError(
          api.post(`/store/carts/${next.id}/line-items`, { variant_id: world.gala.variant_id, quantity: 1 }, world.vera),
          400,
          `Your benefit "VIP price" allows 2 items of "Opera Gala"; 0 remain.`
        )
        // Other products are not limited by it.
        await api.post(`/store/carts/${next.id}/line-items`, { variant_id: world.ballet.variant_id, quantity: 5 }, world.vera)

        // A shopper without the flag pays full price and meets no limit.
        const noahCart = await cartWith(api, world, world.noah, [{ variant_id: world.gala.variant_id, quantity: 3 }])
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
        await api.post(`/store/carts/${next.id}/line-items`, { variant_id: world.gala.variant_id, quantity: 2 }, world.vera)
      })
    })
  },
})

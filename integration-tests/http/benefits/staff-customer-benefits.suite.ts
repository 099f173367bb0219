import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordOrderBenefitUsageWorkflow } from "../../../src/workflows/benefits"
import { adjustPointsWorkflow, createLoyaltyTierWorkflow } from "../../../src/workflows"
import { expectError } from "../../helpers/expect-error"
import {
  accountOfCustomer,
  createOrder,
  expectLedgerInAgreement,
  loyaltyOf,
} from "../loyalty-ledger/fixtures"
import { CheckoutWorld, createCheckoutWorld } from "./checkout-fixtures"
import placeCustomerPageWidgets from "../../../src/migration-scripts/customer-page-layout"
import type { StoreLoyaltyRedemptionsResponse } from "../../../src/client/types"

const HOUR = 60 * 60 * 1000

/** GET /admin/customers/:id/benefits and POST /admin/customers/:id/loyalty/redemptions. */
export function staffCustomerBenefitsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let world: CheckoutWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    world = await createCheckoutWorld(container, api)
  })

  const createFlag = async (name: string, abbreviation: string) =>
    (
      await api.post(
        "/admin/customer-flags",
        { name, abbreviation, icon: "Star", color: "#0EA5E9" },
        world.admin
      )
    ).data.customer_flag
  const createBenefit = async (body: Record<string, unknown>) =>
    (await api.post("/admin/benefits", { flag_id: world.vip.id, ...body }, world.admin)).data
      .benefit
  const benefitsOf = async (customerId: string) =>
    (await api.get(`/admin/customers/${customerId}/benefits`, world.admin)).data
  const givePoints = (customerId: string, points: number) =>
    adjustPointsWorkflow(container).run({
      input: {
        customer_id: customerId,
        points,
        description: "Opening balance",
        idempotency_key: `open:${customerId}:${points}`,
      },
    })
  const reward = (data: Record<string, unknown> = {}) =>
    loyaltyOf(container).createLoyaltyRewards({
      name: "50 kr off",
      points_cost: 300,
      kind: "promotion_code",
      amount: 50,
      currency_code: "sek",
      ...data,
    })
  const redeemFor = (customerId: string, body: Record<string, unknown>) =>
    api.post(`/admin/customers/${customerId}/loyalty/redemptions`, body, world.admin)
  const byTitle = (benefits: { title: string }[]) =>
    [...benefits].sort((a, b) => a.title.localeCompare(b.title))

  describe("GET /admin/customers/:id/benefits", () => {
    it("lists the benefits of each flag the customer holds, two on one product, with their source and what remains across orders", async () => {
      const press = await createFlag("Press", "PR")
      await api.post(
        `/admin/products/${world.gala.id}/sale-start`,
        { public_sale_starts_at: new Date(Date.now() + 48 * HOUR).toISOString() },
        world.admin
      )
      const vipPrice = await createBenefit({
        kind: "discount",
        title: "VIP price",
        description: "20% off the gala",
        product_ids: [world.gala.id],
        discount_type: "percentage",
        discount_value: 20,
        max_quantity: 4,
      })
      const presale = await createBenefit({
        kind: "early_access",
        title: "VIP presale",
        product_ids: [world.gala.id, world.ballet.id],
        early_access_from: new Date(Date.now() - HOUR).toISOString(),
        max_products: 1,
        max_quantity: 3,
        quantity_scope: "total",
      })
      const pressPrice = await createBenefit({
        flag_id: press.id,
        kind: "discount",
        title: "Press price",
        product_ids: [world.gala.id],
        discount_type: "percentage",
        discount_value: 10,
        max_quantity: 2,
      })
      const pressOffer = await createBenefit({
        flag_id: press.id,
        kind: "offer_link",
        title: "Press room",
        url: "https://example.com/press",
        code: "PRESS26",
      })
      await world.giveFlag(world.vera)
      await api.post(
        `/admin/customers/${world.vera.customer.id}/flags`,
        { flag_id: press.id },
        world.admin
      )

      // Two galas bought: the better member price (VIP) covers both, the presale counts them.
      const order = await createOrder(container, {
        customer_id: world.vera.customer.id,
        items: [
          {
            title: "Opera Gala",
            quantity: 2,
            unit_price: 500,
            product_id: world.gala.id,
            variant_id: world.gala.variant_id,
          },
        ],
      })
      await recordOrderBenefitUsageWorkflow(container).run({ input: { order_id: order.id } })

      const { benefits, rewards } = await benefitsOf(world.vera.customer.id)
      expect(rewards).toEqual([])
      expect(byTitle(benefits)).toEqual([
        expect.objectContaining({
          id: pressPrice.id,
          kind: "discount",
          source: { type: "flag", id: press.id, name: "Press" },
          product_ids: [world.gala.id],
          remaining: { products: null, quantity: 2 },
          limits: { max_products: null, max_quantity: 2, quantity_scope: "per_product" },
        }),
        expect.objectContaining({
          id: pressOffer.id,
          kind: "offer_link",
          source: { type: "flag", id: press.id, name: "Press" },
          url: "https://example.com/press",
          code: "PRESS26",
          product_ids: [],
          remaining: { products: null, quantity: null },
          limits: null,
        }),
        expect.objectContaining({
          id: presale.id,
          kind: "early_access",
          source: { type: "flag", id: world.vip.id, name: "VIP Patron" },
          product_ids: [world.gala.id, world.ballet.id],
          // The one product is taken and one of three items is left on it.
          remaining: { products: 0, quantity: 1 },
          products: [
            { id: world.gala.id, title: "Opera Gala", remaining: 1 },
            { id: world.ballet.id, title: "Ballet Night", remaining: 0 },
          ],
          early_access_from: expect.any(String),
        }),
        {
          id: vipPrice.id,
          kind: "discount",
          title: "VIP price",
          description: "20% off the gala",
          source: { type: "flag", id: world.vip.id, name: "VIP Patron" },
          product_ids: [world.gala.id],
          products: [{ id: world.gala.id, title: "Opera Gala", remaining: 2 }],
          remaining: { products: null, quantity: 2 },
          limits: { max_products: null, max_quantity: 4, quantity_scope: "per_product" },
          discount: { type: "percentage", value: 20, currency_code: null },
          url: null,
          code: null,
          starts_at: null,
          ends_at: null,
          early_access_from: null,
        },
      ])
      // Noah holds no flag: nothing.
      expect(await benefitsOf(world.noah.customer.id)).toEqual({
        benefits: [],
        rewards: [],
        points_available: 0,
      })
    })

    it("gives a household member the membership's tier benefits and the pooled points, and nothing once the membership is closed", async () => {
      const { result: gold } = await createLoyaltyTierWorkflow(container).run({
        input: { name: "Gold", min_points: 100, basis: "lifetime", rank: 1 },
      })
      const lounge = await createBenefit({
        flag_id: undefined,
        tier_id: gold.id,
        kind: "offer_link",
        title: "Gold lounge",
        code: "GOLD",
      })
      const cheap = await reward({ name: "Coffee", points_cost: 100, amount: 10 })
      const dear = await reward({ name: "Dinner", points_cost: 500, amount: 100 })
      await givePoints(world.vera.customer.id, 150)
      const account = await accountOfCustomer(container, world.vera.customer.id)
      await api.post(
        `/admin/loyalty/accounts/${account.id}/members`,
        { customer_id: world.noah.customer.id },
        world.admin
      )

      for (const customer of [world.vera.customer, world.noah.customer]) {
        const seen = await benefitsOf(customer.id)
        expect(seen.benefits).toEqual([
          expect.objectContaining({
            id: lounge.id,
            source: { type: "tier", id: gold.id, name: "Gold" },
            code: "GOLD",
          }),
        ])
        expect(seen.points_available).toBe(150)
        expect(seen.rewards).toEqual([
          expect.objectContaining({
            id: cheap.id,
            name: "Coffee",
            points_cost: 100,
            affordable: true,
          }),
          expect.objectContaining({
            id: dear.id,
            name: "Dinner",
            points_cost: 500,
            affordable: false,
          }),
        ])
      }

      await api.post(
        `/admin/loyalty/accounts/${account.id}/close`,
        { reason: "Asked to leave" },
        world.admin
      )
      const closed = await benefitsOf(world.noah.customer.id)
      expect(closed.benefits).toEqual([])
      expect(closed.points_available).toBe(0)
      expect(closed.rewards.map((r: { affordable: boolean }) => r.affordable)).toEqual([
        false,
        false,
      ])
      await expectError(redeemFor(world.noah.customer.id, { reward_id: cheap.id }), 409, /points/)
    })

    it("leaves out an expired flag's benefits, inactive ones and those not started yet; 404 for an unknown customer", async () => {
      const press = await createFlag("Press", "PR")
      await createBenefit({ kind: "offer_link", title: "Now", code: "NOW" })
      await createBenefit({
        kind: "offer_link",
        title: "Next season",
        code: "SOON",
        starts_at: new Date(Date.now() + HOUR).toISOString(),
      })
      await createBenefit({
        kind: "offer_link",
        title: "Last season",
        code: "GONE",
        ends_at: new Date(Date.now() - 1000).toISOString(),
        starts_at: new Date(Date.now() - HOUR).toISOString(),
      })
      const paused = await createBenefit({ kind: "offer_link", title: "Paused", code: "PAUSE" })
      await api.post(`/admin/benefits/${paused.id}`, { is_active: false }, world.admin)
      await createBenefit({
        flag_id: press.id,
        kind: "offer_link",
        title: "Press room",
        code: "PRESS",
      })
      await world.giveFlag(world.vera)
      await api.post(
        `/admin/customers/${world.vera.customer.id}/flags`,
        { flag_id: press.id, expires_at: new Date(Date.now() + HOUR).toISOString() },
        world.admin
      )
      expect(
        byTitle((await benefitsOf(world.vera.customer.id)).benefits).map(
          (b: { title: string }) => b.title
        )
      ).toEqual(["Now", "Press room"])

      // The Press flag runs out (before the expiry job has marked it).
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg("customer_flag_assignment")
        .where({ flag_id: press.id })
        .update({ expires_at: new Date(Date.now() - 1000) })
      expect(
        (await benefitsOf(world.vera.customer.id)).benefits.map((b: { title: string }) => b.title)
      ).toEqual(["Now"])

      await expectError(
        api.get("/admin/customers/cus_missing/benefits", world.admin),
        404,
        /cus_missing/
      )
      await expectError(
        api.get(`/admin/customers/${"x".repeat(5000)}/benefits`, world.admin),
        404,
        /was not found/
      )
    })
  })

  describe("POST /admin/customers/:id/loyalty/redemptions", () => {
    afterEach(async () => {
      await expectLedgerInAgreement(container)
    })

    it("redeems a reward for the customer with the store's workflow, recorded as done by the admin user", async () => {
      const fifty = await reward()
      await givePoints(world.vera.customer.id, 800)
      const response = await redeemFor(world.vera.customer.id, { reward_id: fifty.id })
      expect(response.status).toBe(201)
      const { redemption, loyalty_account } = response.data
      expect(redemption).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^lred_/),
          reward_id: fifty.id,
          customer_id: world.vera.customer.id,
          points: 300,
          kind: "promotion_code",
          amount: 50,
          currency_code: "sek",
          code: expect.any(String),
          redeemed_by: world.admin.user.id,
        })
      )
      expect(loyalty_account.balance.available).toBe(500)
      const [entry] = await loyaltyOf(container).listLoyaltyEntries({ id: redemption.entry_id })
      expect(entry).toEqual(
        expect.objectContaining({
          type: "redeem",
          points: -300,
          actor: world.admin.user.id,
          source: "redemption",
        })
      )

      // The shopper's own redemption records no actor.
      const own = (
        await api.post(
          "/store/customers/me/loyalty/redemptions",
          { reward_id: fifty.id },
          world.vera
        )
      ).data.redemption
      const [ownRedemption] = await loyaltyOf(container).listLoyaltyRedemptions({ id: own.id })
      const [ownEntry] = await loyaltyOf(container).listLoyaltyEntries({
        id: ownRedemption.entry_id!,
      })
      expect(ownEntry.actor).toBeNull()
      expect((await benefitsOf(world.vera.customer.id)).points_available).toBe(200)
    })

    it("answers 400 naming the field, 404 for an unknown customer or reward, 409 when the points do not reach", async () => {
      const fifty = await reward()
      await givePoints(world.vera.customer.id, 200)
      const vera = world.vera.customer.id
      await expectError(redeemFor(vera, {}), 400, /reward_id/)
      await expectError(redeemFor(vera, { reward_id: 7 }), 400, /reward_id/)
      await expectError(redeemFor(vera, { reward_id: " " }), 400, /reward_id/)
      await expectError(redeemFor(vera, { reward_id: "x".repeat(100_000) }), 400, /reward_id/)
      await expectError(redeemFor(vera, { reward_id: fifty.id, points: 1e308 }), 400, /points/)
      await expectError(redeemFor("cus_missing", { reward_id: fifty.id }), 404, /cus_missing/)
      await expectError(redeemFor(vera, { reward_id: "lrwd_missing" }), 404, /lrwd_missing/)
      await expectError(
        redeemFor(vera, { reward_id: fifty.id }),
        409,
        /Not enough points: 200 available, 300 needed/
      )
      // Noah has no membership at all.
      await expectError(redeemFor(world.noah.customer.id, { reward_id: fifty.id }), 409, /points/)
      expect((await benefitsOf(vera)).points_available).toBe(200)
    })

    it("lets 20 staff redemptions at once spend no more than the balance", async () => {
      const fifty = await reward()
      await givePoints(world.vera.customer.id, 1000)
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () => redeemFor(world.vera.customer.id, { reward_id: fifty.id }))
      )
      const created = results.filter((r) => r.status === "fulfilled")
      const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
      expect(created).toHaveLength(3)
      expect(refused.map((r) => r.reason.response?.status)).toEqual(Array(17).fill(409))
      const account = await accountOfCustomer(container, world.vera.customer.id)
      expect(account.points_available).toBe(100)
      expect(
        await loyaltyOf(container).listLoyaltyRedemptions({ customer_id: world.vera.customer.id })
      ).toHaveLength(3)
    })

    it("lets staff and the shopper redeeming at the same moment take the last points once", async () => {
      const fifty = await reward()
      await givePoints(world.vera.customer.id, 400)
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          i % 2
            ? redeemFor(world.vera.customer.id, { reward_id: fifty.id })
            : api.post(
                "/store/customers/me/loyalty/redemptions",
                { reward_id: fifty.id },
                world.vera
              )
        )
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(
        (results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]).map(
          (r) => r.reason.response?.status
        )
      ).toEqual(Array(19).fill(409))
      expect((await accountOfCustomer(container, world.vera.customer.id)).points_available).toBe(
        100
      )
    })
  })

  describe("GET /admin/customers/:id/loyalty/redemptions", () => {
    // The same list the shopper reads of their own.
    const listFor = (
      customerId: string,
      query = ""
    ): Promise<{ data: StoreLoyaltyRedemptionsResponse }> =>
      api.get(`/admin/customers/${customerId}/loyalty/redemptions${query}`, world.admin)

    it("lists what the customer redeemed, at the desk or in the store, newest first with codes and states, paged", async () => {
      const fifty = await reward()
      const hundred = await reward({ name: "100 kr off", points_cost: 500, amount: 100 })
      await givePoints(world.vera.customer.id, 1500)
      await givePoints(world.noah.customer.id, 300)
      const atDesk = (await redeemFor(world.vera.customer.id, { reward_id: fifty.id })).data
        .redemption
      const inStore = (
        await api.post(
          "/store/customers/me/loyalty/redemptions",
          { reward_id: hundred.id },
          world.vera
        )
      ).data.redemption
      await redeemFor(world.noah.customer.id, { reward_id: fifty.id })

      const { data } = await listFor(world.vera.customer.id)
      expect(data).toEqual(expect.objectContaining({ count: 2, limit: 20, offset: 0 }))
      expect(data.redemptions).toEqual([
        expect.objectContaining({
          id: inStore.id,
          reward: { id: hundred.id, name: "100 kr off", kind: "promotion_code" },
          code: inStore.code,
          amount: 100,
          currency_code: "sek",
          status: "available",
          balance: null,
        }),
        expect.objectContaining({ id: atDesk.id, code: atDesk.code, status: "available" }),
      ])
      // The list is the same the shopper reads of their own.
      const own = (await api.get("/store/customers/me/loyalty/redemptions", world.vera)).data
      expect(own.redemptions).toEqual(data.redemptions)

      const second = (await listFor(world.vera.customer.id, "?limit=1&offset=1")).data
      expect(second).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
      expect(second.redemptions.map((r) => r.id)).toEqual([atDesk.id])
      expect((await listFor(world.vera.customer.id, "?offset=2")).data.redemptions).toEqual([])
      // Noah's one redemption is his alone.
      expect(
        (await listFor(world.noah.customer.id)).data.redemptions.map((r) => r.reward.id)
      ).toEqual([fifty.id])
    })

    it("answers 400 naming the parameter, 404 for an unknown customer, 401 without an admin", async () => {
      const vera = world.vera.customer.id
      for (const [query, field] of [
        ["?limit=0", /limit/],
        ["?limit=101", /limit/],
        ["?limit=1.5", /limit/],
        ["?offset=-1", /offset/],
        ["?offset=1e308", /offset/],
        ["?status=used", /status/],
      ] as const) {
        await expectError(listFor(vera, query), 400, field)
      }
      await expectError(listFor("cus_missing"), 404, /cus_missing/)
      await expectError(
        api.get(`/admin/customers/${vera}/loyalty/redemptions`),
        401,
        /Unauthorized/
      )
    })
  })

  describe("the customer page's default layout", () => {
    it("puts the Flags and Benefits cards above Medusa's sections, keeping what the merchant arranged", async () => {
      const zone = "/admin/layouts/customer.details/configuration"
      await api.post(
        zone,
        {
          is_default: true,
          configuration: {
            widgets: { "widget:customer-loyalty:customer-summary": { section: "main", order: 5 } },
          },
        },
        world.admin
      )
      // Medusa runs migration scripts with `{ container }` alone, as here.
      await placeCustomerPageWidgets({ container } as ExecArgs)
      await placeCustomerPageWidgets({ container } as ExecArgs)
      const { default_configuration } = (await api.get(zone, world.admin)).data
      expect(default_configuration.configuration.widgets).toEqual({
        "widget:customer-loyalty:customer-flags": { section: "main", order: -2 },
        "widget:customer-loyalty:customer-benefits": { section: "main", order: -1 },
        "widget:customer-loyalty:customer-summary": { section: "main", order: 5 },
      })
    })
  })
}

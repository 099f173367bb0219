import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { adjustPointsWorkflow, createLoyaltyTierWorkflow } from "../../../src/workflows"
import { createAdminUser, createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"

const DAY = 24 * 60 * 60 * 1000

export function offerLinksTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let admin: { headers: Record<string, string> }
  let shopper: Awaited<ReturnType<typeof createStoreCustomer>>
  let flag: { id: string }

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    const key = await createPublishableKey(container)
    shopper = await createStoreCustomer(container, key, "sam@example.com")
    flag = (
      await api.post(
        "/admin/customer-flags",
        {
          name: "Inner circle",
          abbreviation: "IC",
          icon: "Star",
          color: "#7C3AED",
          description: "Secret staff note",
        },
        admin
      )
    ).data.customer_flag
  })

  const createOffer = async (body: Record<string, unknown> = {}) =>
    (
      await api.post(
        "/admin/benefits",
        {
          flag_id: flag.id,
          kind: "offer_link",
          title: "Members' evening",
          description: "Drinks before the premiere",
          url: "https://example.com/evening",
          code: "EVENING26",
          ...body,
        },
        admin
      )
    ).data.benefit
  const offers = async () => (await api.get("/store/customers/me/offers", shopper)).data.offers

  it("shows a flag's offer to flagged shoppers only, without the flag's name, until the flag goes", async () => {
    const offer = await createOffer()
    expect(offer).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^cben_/),
        flag_id: flag.id,
        kind: "offer_link",
      })
    )
    expect(await offers()).toEqual([])

    await api.post(`/admin/customers/${shopper.customer.id}/flags`, { flag_id: flag.id }, admin)
    const response = await api.get("/store/customers/me/offers", shopper)
    expect(response.data.offers).toEqual([
      {
        id: offer.id,
        kind: "offer_link",
        title: "Members' evening",
        description: "Drinks before the premiere",
        url: "https://example.com/evening",
        code: "EVENING26",
        starts_at: null,
        ends_at: null,
        early_access_from: null,
        discount: null,
        limits: null,
        products: [],
      },
    ])
    const body = JSON.stringify(response.data)
    expect(body).not.toMatch(/Inner circle|Secret staff note|cflag_|Flag: /)

    await api.delete(`/admin/customers/${shopper.customer.id}/flags/${flag.id}`, admin)
    expect(await offers()).toEqual([])
  })

  it("shows a tier's offer to members on that tier, within the offer's dates", async () => {
    const { result: gold } = await createLoyaltyTierWorkflow(container).run({
      input: { name: "Gold", min_points: 100, basis: "lifetime", rank: 1 },
    })
    await api.post(
      "/admin/benefits",
      { tier_id: gold.id, kind: "offer_link", title: "Gold lounge", code: "GOLD" },
      admin
    )
    await api.post(
      "/admin/benefits",
      {
        tier_id: gold.id,
        kind: "offer_link",
        title: "Next season",
        code: "SOON",
        starts_at: new Date(Date.now() + DAY).toISOString(),
      },
      admin
    )
    expect(await offers()).toEqual([])

    await adjustPointsWorkflow(container).run({
      input: {
        customer_id: shopper.customer.id,
        points: 150,
        description: "Welcome",
        idempotency_key: "w1",
      },
    })
    expect((await offers()).map((o: { title: string }) => o.title)).toEqual(["Gold lounge"])
  })

  it("updates, deactivates and deletes offers", async () => {
    const offer = await createOffer()
    await api.post(`/admin/customers/${shopper.customer.id}/flags`, { flag_id: flag.id }, admin)
    const updated = (
      await api.post(`/admin/benefits/${offer.id}`, { title: "Premiere evening" }, admin)
    ).data.benefit
    expect(updated.title).toBe("Premiere evening")
    expect((await offers())[0].title).toBe("Premiere evening")

    await api.post(`/admin/benefits/${offer.id}`, { is_active: false }, admin)
    expect(await offers()).toEqual([])

    const listed = (await api.get(`/admin/benefits?flag_id=${flag.id}`, admin)).data
    expect(listed.count).toBe(1)
    expect((await api.delete(`/admin/benefits/${offer.id}`, admin)).data).toEqual({
      id: offer.id,
      object: "benefit",
      deleted: true,
    })
    await expectError(api.get(`/admin/benefits/${offer.id}`, admin), 404, /was not found/)
  })

  it("refuses bad benefits with a message naming the field, and unknown owners with 404", async () => {
    await expectError(
      createOffer({ kind: "coupon" }),
      400,
      /'discount, early_access, offer_link' for field 'kind'/
    )
    await expectError(
      createOffer({ product_ids: ["prod_1"] }),
      400,
      /Field 'product_ids' is not used by offer_link benefits/
    )
    await expectError(createOffer({ url: null, code: null }), 400, /'url' or 'code'/)
    await expectError(createOffer({ url: "not a url" }), 400, /url/)
    await expectError(createOffer({ tier_id: "ltier_x" }), 400, /flag_id/)
    await expectError(
      createOffer({ starts_at: "2026-12-31T00:00:00Z", ends_at: "2026-01-01T00:00:00Z" }),
      400,
      /ends_at/
    )
    await expectError(createOffer({ flag_id: "cflag_missing" }), 404, /cflag_missing/)
  })

  it("needs a logged-in shopper", async () => {
    await expectError(
      api.get("/store/customers/me/offers", {
        headers: { "x-publishable-api-key": shopper.headers["x-publishable-api-key"] },
      }),
      401,
      /Unauthorized/
    )
  })
}

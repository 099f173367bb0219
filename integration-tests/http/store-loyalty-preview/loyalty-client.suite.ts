import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { createLoyaltyClient, LoyaltyClient } from "../../../src/client"
import { createPointsWorld, PointsWorld, SWEDISH_ADDRESS } from "./fixtures"

/**
 * The typed store client against the real server, through Medusa's JS SDK
 * as a storefront uses it: publishable key, and a customer's JWT.
 */
export function loyaltyClientTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let world: PointsWorld
  let anonymous: LoyaltyClient
  let vera: LoyaltyClient

  const sdkFor = async (token?: string) => {
    const sdk = new Medusa({
      baseUrl: api.defaults.baseURL,
      publishableKey: world.publishableKey,
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    })
    if (token) {
      await sdk.client.setToken(token)
    }
    return sdk
  }
  const tokenOf = (shopper: { headers: Record<string, string> }) =>
    shopper.headers.authorization.replace(/^Bearer /, "")

  sharedFixtures(options, async () => {
    world = await createPointsWorld(getContainer(), api)
    anonymous = createLoyaltyClient(await sdkFor())
    vera = createLoyaltyClient(await sdkFor(tokenOf(world.vera)))
  })

  it("reads the membership, its history by type, rewards and offers, and redeems", async () => {
    await api.post(
      "/admin/benefits",
      {
        tier_id: world.gold.id,
        kind: "offer_link",
        title: "Gold lounge",
        url: "https://example.com/lounge",
      },
      world.admin
    )
    const reward = (
      await api.post(
        "/admin/loyalty/rewards",
        { name: "SEK 50 off", points_cost: 150, amount: 50, currency_code: "sek" },
        world.admin
      )
    ).data.reward

    const { loyalty_account } = await vera.getAccount()
    expect(loyalty_account).toEqual(
      expect.objectContaining({
        balance: { available: 200, pending: 0, lifetime: 200 },
        tier: expect.objectContaining({ name: "Gold" }),
      })
    )

    expect(await anonymous.listRewards()).toEqual({
      rewards: [expect.objectContaining({ id: reward.id, points_cost: 150, amount: 50 })],
    })
    const { offers } = await vera.listOffers()
    expect(offers).toEqual([expect.objectContaining({ kind: "offer_link", title: "Gold lounge" })])

    const { redemption } = await vera.redeem(reward.id)
    expect(redemption).toEqual(
      expect.objectContaining({
        reward_id: reward.id,
        points: 150,
        code: expect.stringMatching(/^LOYAL-/),
      })
    )
    expect(await vera.listRedemptions()).toEqual({
      count: 1,
      limit: 20,
      offset: 0,
      redemptions: [
        expect.objectContaining({
          id: redemption.id,
          reward: { id: reward.id, name: "SEK 50 off", kind: "promotion_code" },
          code: redemption.code,
          status: "available",
          balance: null,
        }),
      ],
    })
    expect((await vera.listRedemptions({ limit: 1, offset: 1 })).redemptions).toEqual([])
    const all = await vera.listEntries()
    expect(Object.keys(all).sort()).toEqual(["count", "entries", "limit", "next_cursor", "offset"])
    expect(all).toEqual(
      expect.objectContaining({ count: 2, limit: 20, offset: 0, next_cursor: null })
    )
    expect(all.entries.map((e) => e.type)).toEqual(["redeem", "adjust"])
    const newest = await vera.listEntries({ limit: 1 })
    const older = await vera.listEntries({ limit: 1, cursor: newest.next_cursor! })
    expect([...newest.entries, ...older.entries]).toEqual(all.entries)
    expect(older.next_cursor).toBeNull()
    const redeemed = await vera.listEntries({ type: ["redeem"], limit: 5 })
    expect(redeemed).toEqual(
      expect.objectContaining({
        count: 1,
        limit: 5,
        entries: [expect.objectContaining({ points: -150 })],
      })
    )
    expect((await vera.listEntries({ type: "adjust", offset: 1 })).entries).toEqual([])

    const refused = await vera.redeem(reward.id).catch((e) => e)
    expect(refused).toBeInstanceOf(FetchError)
    expect(refused.status).toBe(409)
  })

  it("previews points and reads a cart's points, with the tier only for the member", async () => {
    const query = { variant_id: world.gala.variant_id, quantity: 2, region_id: world.sweden.id }
    expect((await anonymous.preview(query)).preview).toEqual(
      expect.objectContaining({ points: 2000, tier: null, is_estimate: false })
    )
    expect((await vera.preview(query)).preview).toEqual(
      expect.objectContaining({ points: 3000, tier: expect.objectContaining({ name: "Gold" }) })
    )
    expect(
      (
        await anonymous.preview({
          variant_id: world.gala.variant_id,
          region_id: world.europe.id,
          country_code: "de",
        })
      ).preview.points
    ).toBe(1000)
    const badQuantity = await anonymous.preview({ ...query, quantity: 0 }).catch((e) => e)
    expect(badQuantity.status).toBe(400)
    expect(badQuantity.message).toMatch(/quantity/)

    const cart = (
      await api.post(
        "/store/carts",
        { region_id: world.sweden.id, shipping_address: SWEDISH_ADDRESS },
        world.vera
      )
    ).data.cart
    await api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: world.ballet.variant_id, quantity: 3 },
      world.vera
    )

    const { cart_loyalty } = await vera.cartPoints(cart.id)
    expect(cart_loyalty).toEqual(
      expect.objectContaining({
        cart_id: cart.id,
        points: 945,
        balance: expect.objectContaining({ available: 200 }),
      })
    )
    const notYours = await anonymous.cartPoints(cart.id).catch((e) => e)
    expect(notYours).toBeInstanceOf(FetchError)
    expect(notYours.status).toBe(404)

    const noAccount = await anonymous.getAccount().catch((e) => e)
    expect(noAccount.status).toBe(401)
  })
}

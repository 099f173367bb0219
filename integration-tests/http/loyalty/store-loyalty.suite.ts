import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { Modules } from "@medusajs/framework/utils"
import { createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { balancesOf, expectErrors, loyaltyService } from "./helpers"
import type {
  StoreLoyaltyEntriesResponse,
  StoreLoyaltyRedemptionResponse,
  StoreLoyaltyRewardsResponse,
} from "../../../src/client/types"

/** A refused request, as axios rejects it. */
type RequestError = { response?: { status: number; data?: { message?: string } } }

const STORE_ENTRY_FIELDS = [
  "available_at",
  "created_at",
  "description",
  "expires_at",
  "id",
  "points",
  "status",
  "type",
]

export function storeLoyaltyTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let publishableKey: string
  let shopper: { headers: Record<string, string>; customer: { id: string } }
  let other: { headers: Record<string, string>; customer: { id: string } }

  const adjust = (customerId: string, points: number, description = "Welcome gift") =>
    api.post(`/admin/customers/${customerId}/loyalty/adjustments`, { points, description }, admin)
  const createReward = async (body: Record<string, unknown> = {}) =>
    (
      await api.post(
        "/admin/loyalty/rewards",
        {
          name: "SEK 50 off",
          description: "On your next order",
          points_cost: 100,
          amount: 50,
          currency_code: "sek",
          ...body,
        },
        admin
      )
    ).data.reward

  sharedFixtures(options, async () => {
    const container = getContainer()
    admin = await createAdminUser(container)
    publishableKey = await createPublishableKey(container)
    shopper = await createStoreCustomer(container, publishableKey, "sam@example.com")
    other = await createStoreCustomer(container, publishableKey, "kim@example.com")
  })

  describe("GET /store/customers/me/loyalty", () => {
    it("is null before the first points, then the shopper's own membership without staff fields", async () => {
      const before = (await api.get("/store/customers/me/loyalty", shopper)).data
      expect(before).toEqual({ loyalty_account: null })

      await api.post("/admin/loyalty/tiers", { name: "Silver", min_points: 100, rank: 1 }, admin)
      await api.post("/admin/loyalty/tiers", { name: "Gold", min_points: 1000, rank: 2 }, admin)
      await adjust(shopper.customer.id, 250)
      await adjust(other.customer.id, 9000)

      const { data } = await api.get("/store/customers/me/loyalty", shopper)
      expect(data.loyalty_account).toEqual({
        id: expect.stringMatching(/^lacc_/),
        member_number: expect.stringMatching(/^\d{10}$/),
        status: "active",
        balance: { available: 250, pending: 0, lifetime: 250 },
        tier: expect.objectContaining({ name: "Silver", rank: 1 }),
        next_tier: expect.objectContaining({ name: "Gold", points_needed: 750 }),
        members: [{ first_name: "Sam" }],
        closed_at: null,
        created_at: expect.any(String),
      })
      expect(JSON.stringify(data)).not.toContain("sam@example.com")
    })

    it("needs a logged-in customer", async () => {
      await expectError(
        api.get("/store/customers/me/loyalty", {
          headers: { "x-publishable-api-key": publishableKey },
        }),
        401,
        /Unauthorized/
      )
    })
  })

  describe("GET /store/customers/me/loyalty/entries", () => {
    it("shows only the shopper's own history, newest first, with member fields only", async () => {
      await adjust(shopper.customer.id, 100, "First")
      await adjust(shopper.customer.id, 40, "Second")
      await adjust(other.customer.id, 777, "Not yours")

      const { data }: { data: StoreLoyaltyEntriesResponse } = await api.get(
        "/store/customers/me/loyalty/entries",
        shopper
      )
      expect(data.count).toBe(2)
      expect(data.entries.map((e) => e.description)).toEqual(["Second", "First"])
      for (const entry of data.entries) {
        expect(Object.keys(entry).sort()).toEqual(STORE_ENTRY_FIELDS)
      }
      expect(JSON.stringify(data)).not.toContain("Not yours")

      const theirs: StoreLoyaltyEntriesResponse = (
        await api.get("/store/customers/me/loyalty/entries", other)
      ).data
      expect(theirs.entries.map((e) => e.points)).toEqual([777])

      const page: StoreLoyaltyEntriesResponse = (
        await api.get("/store/customers/me/loyalty/entries?limit=1&offset=1", shopper)
      ).data
      expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
      expect(page.entries.map((e) => e.description)).toEqual(["First"])
    })

    it("shows a household member their own entries and everyone's since they joined, not the others' earlier history", async () => {
      const household = (await adjust(other.customer.id, 500, "Kim's order before Sam")).data
        .loyalty_account
      await adjust(shopper.customer.id, 30, "Sam's own gift")
      await api.post(
        `/admin/loyalty/accounts/${household.id}/members`,
        { customer_id: shopper.customer.id },
        admin
      )
      await adjust(other.customer.id, 20, "Kim after Sam joined")
      await adjust(shopper.customer.id, 10, "Sam in the household")

      const read = async (
        who: typeof shopper,
        query = ""
      ): Promise<StoreLoyaltyEntriesResponse> => {
        const { data } = await api.get(`/store/customers/me/loyalty/entries${query}`, who)
        return data
      }
      const sam = await read(shopper)
      const seen = sam.entries.map((e) => e.description)
      expect(seen).toEqual(expect.arrayContaining(["Sam in the household", "Kim after Sam joined"]))
      expect(seen).not.toContain("Kim's order before Sam")
      expect(sam.count).toBe(sam.entries.length)

      // Paged by cursor and filtered by type, the same entries and no more.
      const first = await read(shopper, "?limit=1")
      const second = await read(
        shopper,
        `?limit=10&cursor=${encodeURIComponent(first.next_cursor!)}`
      )
      expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(
        sam.entries.map((e) => e.id)
      )
      const adjustments = await read(shopper, "?type=adjust")
      expect(adjustments.entries.map((e) => e.description)).not.toContain("Kim's order before Sam")

      // Kim, there from the start, still sees the whole history; the balance is shared.
      const kim = (await read(other)).entries.map((e) => e.description)
      expect(kim).toEqual(
        expect.arrayContaining([
          "Kim's order before Sam",
          "Kim after Sam joined",
          "Sam in the household",
        ])
      )
      const balance = (await api.get("/store/customers/me/loyalty", shopper)).data.loyalty_account
        .balance
      expect(balance.available).toBe(560)
    })

    it("validates paging and needs a logged-in customer", async () => {
      await expectErrors([
        ["limit=0", () => api.get("/store/customers/me/loyalty/entries?limit=0", shopper), /limit/],
        [
          "limit=101",
          () => api.get("/store/customers/me/loyalty/entries?limit=101", shopper),
          /limit/,
        ],
        [
          "offset=x",
          () => api.get("/store/customers/me/loyalty/entries?offset=x", shopper),
          /offset/,
        ],
        [
          "customer_id",
          () =>
            api.get(
              `/store/customers/me/loyalty/entries?customer_id=${other.customer.id}`,
              shopper
            ),
          /customer_id/,
        ],
        // The membership itself takes no parameters: another customer's id is refused, not ignored.
        [
          "membership customer_id",
          () => api.get(`/store/customers/me/loyalty?customer_id=${other.customer.id}`, shopper),
          /customer_id/,
        ],
      ])
      expect((await api.get("/store/customers/me/loyalty", shopper)).status).toBe(200)
      await expectError(
        api.get("/store/customers/me/loyalty/entries", {
          headers: { "x-publishable-api-key": publishableKey },
        }),
        401,
        /Unauthorized/
      )
    })
  })

  describe("GET /store/loyalty/rewards", () => {
    it("lists active rewards with the publishable key alone", async () => {
      const reward = await createReward()
      await createReward({ name: "Retired", is_active: false })
      await createReward({ name: "SEK 200 off", points_cost: 350, amount: 200 })

      const { data }: { data: StoreLoyaltyRewardsResponse } = await api.get(
        "/store/loyalty/rewards",
        {
          headers: { "x-publishable-api-key": publishableKey },
        }
      )
      expect(data.rewards.map((r) => r.name)).toEqual(["SEK 50 off", "SEK 200 off"])
      expect(data.rewards[0]).toEqual({
        id: reward.id,
        name: "SEK 50 off",
        description: "On your next order",
        points_cost: 100,
        kind: "promotion_code",
        amount: 50,
        currency_code: "sek",
      })
      await expectError(api.get("/store/loyalty/rewards"), 400, /publishable/i)
    })
  })

  describe("POST /store/customers/me/loyalty/redemptions", () => {
    it("redeems a reward for a code, and answers 400, 401, 404 and 409", async () => {
      const reward = await createReward()
      await expectError(
        api.post("/store/customers/me/loyalty/redemptions", { reward_id: reward.id }, shopper),
        409,
        /Not enough points/
      )
      await adjust(shopper.customer.id, 150)

      const { status, data } = await api.post(
        "/store/customers/me/loyalty/redemptions",
        { reward_id: reward.id },
        shopper
      )
      expect(status).toBe(201)
      expect(data.redemption).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^lred_/),
          reward_id: reward.id,
          points: 100,
          kind: "promotion_code",
          amount: 50,
          currency_code: "sek",
          code: expect.stringMatching(/^LOYAL-/),
        })
      )
      const mine = (await api.get("/store/customers/me/loyalty", shopper)).data
      expect(mine.loyalty_account.balance.available).toBe(50)

      await expectError(
        api.post("/store/customers/me/loyalty/redemptions", { reward_id: reward.id }, shopper),
        409,
        /Not enough points: 50 available, 100 needed/
      )
      await expectError(
        api.post("/store/customers/me/loyalty/redemptions", { reward_id: "lrwd_missing" }, shopper),
        404,
        /lrwd_missing/
      )
      await expectErrors([
        [
          "no reward_id",
          () => api.post("/store/customers/me/loyalty/redemptions", {}, shopper),
          /reward_id/,
        ],
        [
          "empty reward_id",
          () => api.post("/store/customers/me/loyalty/redemptions", { reward_id: "" }, shopper),
          /reward_id/,
        ],
        [
          "points",
          () =>
            api.post(
              "/store/customers/me/loyalty/redemptions",
              { reward_id: reward.id, points: 1 },
              shopper
            ),
          /points/,
        ],
      ])
      await expectError(
        api.post(
          "/store/customers/me/loyalty/redemptions",
          { reward_id: reward.id },
          { headers: { "x-publishable-api-key": publishableKey } }
        ),
        401,
        /Unauthorized/
      )
    })

    it("lets exactly 3 of 20 simultaneous redemptions through when the points pay for 3", async () => {
      const reward = await createReward()
      const account = (await adjust(shopper.customer.id, 300)).data.loyalty_account

      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          api
            .post("/store/customers/me/loyalty/redemptions", { reward_id: reward.id }, shopper)
            .then(
              (response: { status: number; data: StoreLoyaltyRedemptionResponse }) => ({
                status: response.status,
                code: response.data.redemption.code,
              }),
              (error: RequestError) => ({
                status: error.response?.status,
                message: error.response?.data?.message,
              })
            )
        )
      )

      const won = results.filter((r) => r.status === 201)
      const refused = results.filter((r) => r.status === 409)
      expect(won).toHaveLength(3)
      expect(refused).toHaveLength(17)
      for (const r of refused) {
        expect((r as { message: string }).message).toMatch(/Not enough points/)
      }
      const codes = won.map((r) => (r as { code: string }).code)
      expect(new Set(codes).size).toBe(3)

      const balances = await balancesOf(getContainer(), account.id)
      expect(balances.kept).toEqual({ available: 0, pending: 0, lifetime: 300 })
      expect(balances.ledger).toEqual(balances.kept)
      const redemptions = await loyaltyService(getContainer()).listLoyaltyRedemptions({
        account_id: account.id,
      })
      expect(redemptions.map((r) => r.code).sort()).toEqual([...codes].sort())
    })

    it("keeps the minimum to redeem under 30 simultaneous redemptions, round after round", async () => {
      await api.post("/admin/loyalty/settings", { min_redeem: 100 }, admin)
      const reward = await createReward({ points_cost: 30 })
      const account = (await adjust(shopper.customer.id, 160)).data.loyalty_account

      // One at a time, 160 points pay for 3 rewards: 160, 130 and 100 are at
      // least the minimum, 70 is not. At once, they must pay for no more.
      for (let round = 0; round < 3; round++) {
        if (round > 0) {
          await adjust(shopper.customer.id, 90, `Top-up ${round}`)
        }
        const results = await Promise.all(
          Array.from({ length: 30 }, () =>
            api
              .post("/store/customers/me/loyalty/redemptions", { reward_id: reward.id }, shopper)
              .then(
                (response: { status: number }) => ({ status: response.status, message: "" }),
                (error: RequestError) => ({
                  status: error.response?.status,
                  message: String(error.response?.data?.message),
                })
              )
          )
        )
        expect(results.filter((r) => r.status === 201)).toHaveLength(3)
        const refused = results.filter((r) => r.status !== 201)
        expect(refused).toHaveLength(27)
        for (const r of refused) {
          expect(r).toEqual({
            status: 409,
            message: expect.stringMatching(/At least 100 points are needed to redeem; you have 70/),
          })
        }
        const balances = await balancesOf(getContainer(), account.id)
        expect(balances.kept.available).toBe(70)
        expect(balances.ledger).toEqual(balances.kept)
      }
      const redemptions = await loyaltyService(getContainer()).listLoyaltyRedemptions({
        account_id: account.id,
      })
      expect(redemptions).toHaveLength(9)
      // A refused redemption makes no promotion code either.
      expect(await getContainer().resolve(Modules.PROMOTION).listPromotions({})).toHaveLength(9)
    })
  })
}

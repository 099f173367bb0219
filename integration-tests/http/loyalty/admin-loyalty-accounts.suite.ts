import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import {
  AdminLoyaltyAccount,
  AdminLoyaltyAccountList,
  AdminLoyaltyEntryList,
  balancesOf,
  expectErrors,
  loyaltyService,
} from "./helpers"

const MONTH = 30 * 24 * 60 * 60 * 1000

export function adminLoyaltyAccountsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string>; user: { id: string } }

  const createCustomer = async (email: string, first_name: string, last_name: string) =>
    getContainer().resolve(Modules.CUSTOMER).createCustomers({ email, first_name, last_name })

  const adjust = (customerId: string, points: number, headers: Record<string, string> = {}) =>
    api.post(
      `/admin/customers/${customerId}/loyalty/adjustments`,
      { points, description: points > 0 ? "Goodwill" : "Correction" },
      { headers: { ...admin.headers, ...headers } }
    )

  sharedFixtures(options, async () => {
    admin = await createAdminUser(getContainer())
  })

  describe("POST /admin/customers/:id/loyalty/adjustments", () => {
    it("credits and debits, refuses an overdraft, and keeps the ledger and balances equal", async () => {
      const customer = await createCustomer("ada@example.com", "Ada", "Lind")

      const credit = await adjust(customer.id, 500)
      expect(credit.status).toBe(201)
      expect(credit.data.entry).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^lent_/),
          type: "adjust",
          points: 500,
          status: "available",
          description: "Goodwill",
          actor: admin.user.id,
          customer_id: customer.id,
          source: "manual",
        })
      )
      expect(credit.data.loyalty_account.balance).toEqual({
        available: 500,
        pending: 0,
        lifetime: 500,
      })

      // Staff taking points away correct the lifetime points too.
      const debit = await adjust(customer.id, -200)
      expect(debit.status).toBe(201)
      expect(debit.data.entry.points).toBe(-200)
      expect(debit.data.loyalty_account.balance).toEqual({
        available: 300,
        pending: 0,
        lifetime: 300,
      })

      await expectError(
        adjust(customer.id, -301),
        409,
        /Not enough points: 300 available, 301 needed/
      )

      const accountId = credit.data.loyalty_account.id
      const balances = await balancesOf(getContainer(), accountId)
      expect(balances.kept).toEqual({ available: 300, pending: 0, lifetime: 300 })
      expect(balances.ledger).toEqual(balances.kept)
    })

    it("takes back the tier a typo gave when staff put it right, on either basis", async () => {
      await api.post("/admin/loyalty/tiers", { name: "Gold", min_points: 5000, rank: 2 }, admin)
      await api.post(
        "/admin/loyalty/tiers",
        { name: "Silver", min_points: 1000, basis: "rolling_12_months", rank: 1 },
        admin
      )
      const customer = await createCustomer("typo@example.com", "Ty", "Po")
      const tierOf = async () =>
        (await api.get(`/admin/customers/${customer.id}/loyalty`, admin)).data.loyalty_account

      expect((await adjust(customer.id, 10_000)).status).toBe(201)
      expect((await tierOf()).tier.name).toBe("Gold")
      // 100 meant, 10,000 typed: the correction leaves no tier and no lifetime behind.
      expect((await adjust(customer.id, -9_900)).status).toBe(201)
      const corrected = await tierOf()
      expect(corrected.balance).toEqual({ available: 100, pending: 0, lifetime: 100 })
      expect(corrected.tier).toBeNull()
      expect(corrected.next_tier).toEqual(
        expect.objectContaining({ name: "Silver", points_needed: 900 })
      )
      const balances = await balancesOf(getContainer(), corrected.id)
      expect(balances.ledger).toEqual(balances.kept)
    })

    it("refuses, with a 409 naming the limit, points past what a balance holds", async () => {
      const customer = await createCustomer("max@example.com", "Max", "Topp")
      const limit = /holds at most 2147483647 points/

      expect((await adjust(customer.id, 1_000_000_000)).status).toBe(201)
      expect((await adjust(customer.id, 1_000_000_000)).status).toBe(201)
      await expectError(adjust(customer.id, 1_000_000_000), 409, limit)
      // Up to the limit exactly, and not one point more.
      const full = await adjust(customer.id, 147_483_647)
      expect(full.status).toBe(201)
      expect(full.data.loyalty_account.balance).toEqual({
        available: 2_147_483_647,
        pending: 0,
        lifetime: 2_147_483_647,
      })
      await expectError(adjust(customer.id, 1), 409, limit)

      // Spending does not lower the lifetime points, which are bounded too.
      const accountId = full.data.loyalty_account.id
      await loyaltyService(getContainer()).debitPoints({
        account_id: accountId,
        customer_id: customer.id,
        type: "redeem",
        source: "redemption",
        points: 1_000_000_000,
        idempotency_key: "spend-a-billion",
      })
      await expectError(adjust(customer.id, 1), 409, limit)
      let balances = await balancesOf(getContainer(), accountId)
      expect(balances.kept).toEqual({
        available: 1_147_483_647,
        pending: 0,
        lifetime: 2_147_483_647,
      })
      expect(balances.ledger).toEqual(balances.kept)

      // A staff deduction does lower them, making room again.
      expect((await adjust(customer.id, -1)).status).toBe(201)
      expect((await adjust(customer.id, 1)).status).toBe(201)
      balances = await balancesOf(getContainer(), accountId)
      expect(balances.kept).toEqual({
        available: 1_147_483_647,
        pending: 0,
        lifetime: 2_147_483_647,
      })
      expect(balances.ledger).toEqual(balances.kept)
    })

    it("posts once per Idempotency-Key", async () => {
      const customer = await createCustomer("bo@example.com", "Bo", "Ek")
      const first = await adjust(customer.id, 100, { "Idempotency-Key": "req-1" })
      const retry = await adjust(customer.id, 100, { "Idempotency-Key": "req-1" })
      expect(first.status).toBe(201)
      expect(retry.status).toBe(200)
      expect(retry.data.entry.id).toBe(first.data.entry.id)
      expect(retry.data.loyalty_account.balance.available).toBe(100)

      // The same key for another customer is another adjustment.
      const other = await createCustomer("cia@example.com", "Cia", "Berg")
      const theirs = await adjust(other.id, 100, { "Idempotency-Key": "req-1" })
      expect(theirs.status).toBe(201)
      expect(theirs.data.entry.id).not.toBe(first.data.entry.id)
    })

    it("refuses a key sent again with other points or another description, even at the same moment", async () => {
      const customer = await createCustomer("key@example.com", "Kay", "Nyckel")
      const path = `/admin/customers/${customer.id}/loyalty/adjustments`
      const keyed = (key: string) => ({ headers: { ...admin.headers, "Idempotency-Key": key } })
      expect(
        (await api.post(path, { points: 100, description: "same key" }, keyed("k-1"))).status
      ).toBe(201)
      // A −50 correction under the used key must not read as posted.
      await expectError(
        api.post(path, { points: -50, description: "correction" }, keyed("k-1")),
        409,
        /This Idempotency-Key was already used for another adjustment/
      )
      await expectError(
        api.post(path, { points: 100, description: "other words" }, keyed("k-1")),
        409,
        /already used/
      )
      expect(
        (await api.post(path, { points: 100, description: "same key" }, keyed("k-1"))).status
      ).toBe(200)

      // 10 of each body at once under one new key: one posts, its twins are retries, the others 409.
      const bodies = Array.from({ length: 20 }, (_, i) =>
        i % 2 ? { points: 30, description: "thirty" } : { points: 40, description: "forty" }
      )
      const answers = await Promise.all(
        bodies.map((body) =>
          api.post(path, body, keyed("k-race")).then(
            (response: { status: number }) => ({ status: response.status, points: body.points }),
            (error: { response?: { status: number } }) => ({
              status: error.response?.status ?? 0,
              points: body.points,
            })
          )
        )
      )
      const posted = answers.filter((a) => a.status === 201)
      expect(posted).toHaveLength(1)
      const winner = posted[0].points
      expect(
        answers
          .filter((a) => a.points === winner)
          .map((a) => a.status)
          .sort()
      ).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
      expect(answers.filter((a) => a.points !== winner).map((a) => a.status)).toEqual(
        Array(10).fill(409)
      )

      const { data } = await api.get(`/admin/customers/${customer.id}/loyalty`, admin)
      expect(data.loyalty_account.balance.available).toBe(100 + winner)
      const balances = await balancesOf(getContainer(), data.loyalty_account.id)
      expect(balances.ledger).toEqual(balances.kept)
    })

    it("refuses a debit for a customer without points and leaves no membership behind", async () => {
      const customer = await createCustomer("dan@example.com", "Dan", "Ny")
      await expectError(adjust(customer.id, -10), 409, /Not enough points/)
      const { data } = await api.get(`/admin/customers/${customer.id}/loyalty`, admin)
      expect(data.loyalty_account).toBeNull()
    })

    it("validates the body, and answers 404 and 401", async () => {
      const customer = await createCustomer("eva@example.com", "Eva", "Ås")
      const path = `/admin/customers/${customer.id}/loyalty/adjustments`
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ points: 0, description: "x" }, /points/],
        [{ points: 1.5, description: "x" }, /points/],
        [{ points: "10", description: "x" }, /points/],
        [{ description: "x" }, /points/],
        [{ points: 10 }, /description/],
        [{ points: 10, description: "" }, /description/],
        [{ points: 10, description: "   " }, /description/],
        [{ points: 10, description: "x", actor: "me" }, /actor/],
      ]
      await expectErrors(
        cases.map(([body, field]) => [
          JSON.stringify(body),
          () => api.post(path, body, admin),
          field,
        ])
      )
      await expectError(
        api.post(
          "/admin/customers/cus_missing/loyalty/adjustments",
          { points: 5, description: "x" },
          admin
        ),
        404,
        /cus_missing/
      )
      await expectError(api.post(path, { points: 5, description: "x" }), 401, /Unauthorized/)
    })
  })

  describe("GET /admin/customers/:id/loyalty", () => {
    it("shows balances, tier, the next tier on its own basis, and members", async () => {
      const customer = await createCustomer("fia@example.com", "Fia", "Holm")
      await api.post("/admin/loyalty/tiers", { name: "Silver", min_points: 1000, rank: 1 }, admin)
      const gold = (
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Gold", min_points: 5000, basis: "rolling_12_months", rank: 2 },
          admin
        )
      ).data.tier
      await api.post(
        "/admin/loyalty/tiers",
        { name: "Platinum", min_points: 20000, rank: 3 },
        admin
      )

      const { data: none } = await api.get(`/admin/customers/${customer.id}/loyalty`, admin)
      expect(none).toEqual({ loyalty_account: null })

      // 2000 points made available 13 months ago count for lifetime only.
      const service = loyaltyService(getContainer())
      const { account_id } = await service.ensureLoyaltyAccount(customer.id)
      await service.creditPoints({
        account_id,
        customer_id: customer.id,
        type: "earn",
        points: 2000,
        available_at: new Date(Date.now() - 13 * MONTH),
        source: "order",
        source_id: "order_old",
        idempotency_key: "test:old-order",
      })
      await adjust(customer.id, 1500)

      const { data } = await api.get(`/admin/customers/${customer.id}/loyalty`, admin)
      expect(data.loyalty_account).toEqual({
        id: account_id,
        member_number: expect.stringMatching(/^\d{10}$/),
        identifier: null,
        status: "active",
        balance: { available: 3500, pending: 0, lifetime: 3500 },
        tier: {
          id: expect.any(String),
          name: "Silver",
          rank: 1,
          min_points: 1000,
          basis: "lifetime",
        },
        next_tier: {
          id: gold.id,
          name: "Gold",
          min_points: 5000,
          basis: "rolling_12_months",
          points_needed: 3500,
        },
        members: [
          {
            customer_id: customer.id,
            joined_at: expect.any(String),
            customer: {
              id: customer.id,
              email: "fia@example.com",
              first_name: "Fia",
              last_name: "Holm",
            },
          },
        ],
        closed_at: null,
        close_reason: null,
        created_at: expect.any(String),
      })

      // Gold reached on the rolling basis: next is Platinum, on lifetime.
      await adjust(customer.id, 4000)
      const after = (await api.get(`/admin/customers/${customer.id}/loyalty`, admin)).data
      expect(after.loyalty_account.tier.name).toBe("Gold")
      expect(after.loyalty_account.next_tier).toEqual(
        expect.objectContaining({ name: "Platinum", points_needed: 20000 - 7500 })
      )
    })

    it("answers 404 for an unknown customer and 401 without an admin", async () => {
      await expectError(api.get("/admin/customers/cus_missing/loyalty", admin), 404, /cus_missing/)
      await expectError(api.get("/admin/customers/cus_missing/loyalty"), 401, /Unauthorized/)
    })
  })

  describe("GET /admin/customers/:id/loyalty/entries", () => {
    it("lists the membership's entries newest first, by type and by page", async () => {
      const customer = await createCustomer("gus@example.com", "Gus", "Lax")
      const empty = (await api.get(`/admin/customers/${customer.id}/loyalty/entries`, admin)).data
      expect(empty).toEqual(expect.objectContaining({ entries: [], count: 0 }))

      await adjust(customer.id, 100)
      await adjust(customer.id, 50)
      await adjust(customer.id, -30)

      const all: AdminLoyaltyEntryList = (
        await api.get(`/admin/customers/${customer.id}/loyalty/entries`, admin)
      ).data
      expect(all.count).toBe(3)
      expect(all.entries.map((e) => e.points)).toEqual([-30, 50, 100])
      expect(all.entries[0]).toEqual(
        expect.objectContaining({ type: "adjust", actor: admin.user.id, source: "manual" })
      )

      const page: AdminLoyaltyEntryList = (
        await api.get(`/admin/customers/${customer.id}/loyalty/entries?limit=1&offset=1`, admin)
      ).data
      expect(page.count).toBe(3)
      expect(page.entries.map((e) => e.points)).toEqual([50])

      const typed = (
        await api.get(`/admin/customers/${customer.id}/loyalty/entries?type=earn`, admin)
      ).data
      expect(typed).toEqual(expect.objectContaining({ entries: [], count: 0 }))
    })

    it("validates the query, and answers 404 and 401", async () => {
      const customer = await createCustomer("hal@example.com", "Hal", "Ros")
      const path = `/admin/customers/${customer.id}/loyalty/entries`
      await expectErrors([
        ["type=bogus", () => api.get(`${path}?type=bogus`, admin), /type/],
        ["limit=0", () => api.get(`${path}?limit=0`, admin), /limit/],
        ["limit=abc", () => api.get(`${path}?limit=abc`, admin), /limit/],
        ["offset=-1", () => api.get(`${path}?offset=-1`, admin), /offset/],
      ])
      await expectError(
        api.get("/admin/customers/cus_missing/loyalty/entries", admin),
        404,
        /cus_missing/
      )
      await expectError(api.get(path), 401, /Unauthorized/)
    })
  })

  describe("/admin/loyalty/accounts", () => {
    it("searches by member number, email and name, and filters by tier and status", async () => {
      const anna = await createCustomer("anna.berg@example.com", "Anna", "Berg")
      const bo = await createCustomer("bo@shop.test", "Bo", "Ek")
      const cia = await createCustomer("cia@example.com", "Cia", "Bergström")
      const silver = (
        await api.post("/admin/loyalty/tiers", { name: "Silver", min_points: 1000, rank: 1 }, admin)
      ).data.tier
      const annaAccount = (await adjust(anna.id, 1200)).data.loyalty_account
      const boAccount = (await adjust(bo.id, 100)).data.loyalty_account
      const ciaAccount = (await adjust(cia.id, 50)).data.loyalty_account

      const ids = async (params: string) =>
        (await api.get(`/admin/loyalty/accounts${params}`, admin)).data.loyalty_accounts
          .map((a: AdminLoyaltyAccount) => a.id)
          .sort()

      const all = (await api.get("/admin/loyalty/accounts", admin)).data
      expect(all).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 50 }))
      expect(all.loyalty_accounts[0]).toEqual(
        expect.objectContaining({
          balance: expect.any(Object),
          members: [expect.objectContaining({ customer: expect.any(Object) })],
        })
      )

      expect(await ids(`?q=${boAccount.member_number}`)).toEqual([boAccount.id])
      expect(await ids(`?q=${boAccount.member_number.slice(0, 9)}`)).toContain(boAccount.id)
      expect(await ids("?q=shop.test")).toEqual([boAccount.id])
      expect(await ids("?q=berg")).toEqual([annaAccount.id, ciaAccount.id].sort())
      expect(await ids("?q=Anna")).toEqual([annaAccount.id])
      expect(await ids("?q=nobody")).toEqual([])
      expect(await ids(`?tier_id=${silver.id}`)).toEqual([annaAccount.id])

      await api.post(
        `/admin/loyalty/accounts/${ciaAccount.id}/close`,
        { reason: "Asked to leave" },
        admin
      )
      expect(await ids("?status=closed")).toEqual([ciaAccount.id])
      expect(await ids("?status=active")).toEqual([annaAccount.id, boAccount.id].sort())

      const paged = (await api.get("/admin/loyalty/accounts?limit=2&offset=2", admin)).data
      expect(paged).toEqual(expect.objectContaining({ count: 3, offset: 2, limit: 2 }))
      expect(paged.loyalty_accounts).toHaveLength(1)

      await expectErrors([
        ["status=bogus", () => api.get("/admin/loyalty/accounts?status=bogus", admin), /status/],
        ["limit=abc", () => api.get("/admin/loyalty/accounts?limit=abc", admin), /limit/],
        ["limit=1000", () => api.get("/admin/loyalty/accounts?limit=1000", admin), /limit/],
      ])
      await expectError(api.get("/admin/loyalty/accounts"), 401, /Unauthorized/)
    })

    it("takes %, _ and \\ in q as plain text, and pages the matches in the database", async () => {
      const underscore = await createCustomer("a_b@example.com", "Ulla", "Under")
      const plain = await createCustomer("axb@example.com", "Per", "Cent")
      const slash = await createCustomer("back\\slash@example.com", "Bo", "Snedstreck")
      const [u, p, s] = [
        (await adjust(underscore.id, 10)).data.loyalty_account,
        (await adjust(plain.id, 10)).data.loyalty_account,
        (await adjust(slash.id, 10)).data.loyalty_account,
      ]
      const search = async (q: string, paging = ""): Promise<AdminLoyaltyAccountList> =>
        (await api.get(`/admin/loyalty/accounts?q=${encodeURIComponent(q)}${paging}`, admin)).data
      const ids = async (q: string) => (await search(q)).loyalty_accounts.map((a) => a.id).sort()

      expect(await ids("%")).toEqual([])
      expect(await ids("%%")).toEqual([])
      expect(await ids("_")).toEqual([u.id])
      expect(await ids("a_b")).toEqual([u.id])
      expect(await ids("a%b")).toEqual([])
      expect(await ids("\\")).toEqual([s.id])
      expect(await ids("k\\s")).toEqual([s.id])
      expect(await ids("1%")).toEqual([])
      expect(await ids("example.com")).toEqual([u.id, p.id, s.id].sort())

      // Newest first, one page at a time, with the count of all matches.
      const pages = [0, 1, 2, 3].map((offset) => search("example.com", `&limit=1&offset=${offset}`))
      const answered = await Promise.all(pages)
      expect(answered.map((page) => page.count)).toEqual([3, 3, 3, 3])
      expect(answered.map((page) => page.loyalty_accounts.map((a) => a.id))).toEqual([
        [s.id],
        [p.id],
        [u.id],
        [],
      ])

      await expectErrors([
        [
          "q of 201 characters",
          () => api.get(`/admin/loyalty/accounts?q=${"x".repeat(201)}`, admin),
          /q/,
        ],
        ["two q", () => api.get("/admin/loyalty/accounts?q=a&q=b", admin), /q/],
      ])
      expect(await ids("x".repeat(200))).toEqual([])
    })

    it("adds a member, who brings their points along", async () => {
      const parent = await createCustomer("pia@example.com", "Pia", "Sjö")
      const child = await createCustomer("kid@example.com", "Kid", "Sjö")
      const parentAccount = (await adjust(parent.id, 300)).data.loyalty_account
      await adjust(child.id, 120)

      const { status, data }: { status: number; data: { loyalty_account: AdminLoyaltyAccount } } =
        await api.post(
          `/admin/loyalty/accounts/${parentAccount.id}/members`,
          { customer_id: child.id },
          admin
        )
      expect(status).toBe(200)
      expect(data.loyalty_account.balance).toEqual({ available: 420, pending: 0, lifetime: 420 })
      expect(data.loyalty_account.members.map((m) => m.customer_id)).toEqual([parent.id, child.id])
      const balances = await balancesOf(getContainer(), parentAccount.id)
      expect(balances.ledger).toEqual(balances.kept)

      // The child's history now shows the household's membership.
      const childView = (await api.get(`/admin/customers/${child.id}/loyalty`, admin)).data
      expect(childView.loyalty_account.id).toBe(parentAccount.id)

      await expectError(
        api.post(
          `/admin/loyalty/accounts/${parentAccount.id}/members`,
          { customer_id: child.id },
          admin
        ),
        409,
        /already a member/
      )
      await expectErrors(
        [
          [
            "unknown account",
            () =>
              api.post(
                "/admin/loyalty/accounts/lacc_missing/members",
                { customer_id: child.id },
                admin
              ),
            /lacc_missing/,
          ],
          [
            "unknown customer",
            () =>
              api.post(
                `/admin/loyalty/accounts/${parentAccount.id}/members`,
                { customer_id: "cus_missing" },
                admin
              ),
            /cus_missing/,
          ],
        ],
        404
      )
      await expectErrors([
        [
          "no customer_id",
          () => api.post(`/admin/loyalty/accounts/${parentAccount.id}/members`, {}, admin),
          /customer_id/,
        ],
        [
          "empty customer_id",
          () =>
            api.post(
              `/admin/loyalty/accounts/${parentAccount.id}/members`,
              { customer_id: "" },
              admin
            ),
          /customer_id/,
        ],
      ])
      await expectError(
        api.post(`/admin/loyalty/accounts/${parentAccount.id}/members`, { customer_id: child.id }),
        401,
        /Unauthorized/
      )
    })

    it("refuses with a 409 a member whose points would take the household past what a balance holds", async () => {
      const parent = await createCustomer("rik@example.com", "Rik", "Dom")
      const child = await createCustomer("rika@example.com", "Rika", "Dom")
      await adjust(parent.id, 1_000_000_000)
      const parentAccount = (await adjust(parent.id, 1_000_000_000)).data.loyalty_account
      const childAccount = (await adjust(child.id, 200_000_000)).data.loyalty_account

      await expectError(
        api.post(
          `/admin/loyalty/accounts/${parentAccount.id}/members`,
          { customer_id: child.id },
          admin
        ),
        409,
        /holds at most 2147483647 points/
      )
      const parentBalances = await balancesOf(getContainer(), parentAccount.id)
      expect(parentBalances.kept).toEqual({
        available: 2_000_000_000,
        pending: 0,
        lifetime: 2_000_000_000,
      })
      expect(parentBalances.ledger).toEqual(parentBalances.kept)
      const childBalances = await balancesOf(getContainer(), childAccount.id)
      expect(childBalances.kept).toEqual({
        available: 200_000_000,
        pending: 0,
        lifetime: 200_000_000,
      })
      expect(childBalances.ledger).toEqual(childBalances.kept)
      const childView = (await api.get(`/admin/customers/${child.id}/loyalty`, admin)).data
      expect(childView.loyalty_account.id).toBe(childAccount.id)

      // A member whose points still fit joins.
      const small = await createCustomer("rolf@example.com", "Rolf", "Dom")
      await adjust(small.id, 100)
      const joined = await api.post(
        `/admin/loyalty/accounts/${parentAccount.id}/members`,
        { customer_id: small.id },
        admin
      )
      expect(joined.data.loyalty_account.balance.available).toBe(2_000_000_100)
    })

    it("closes a membership: points to zero, members released", async () => {
      const customer = await createCustomer("ola@example.com", "Ola", "Dahl")
      const account = (await adjust(customer.id, 250)).data.loyalty_account

      const { data } = await api.post(
        `/admin/loyalty/accounts/${account.id}/close`,
        { reason: "Duplicate account" },
        admin
      )
      expect(data.loyalty_account).toEqual(
        expect.objectContaining({
          id: account.id,
          status: "closed",
          balance: { available: 0, pending: 0, lifetime: 250 },
          tier: null,
          next_tier: null,
          members: [],
          close_reason: "Duplicate account",
          closed_at: expect.any(String),
        })
      )
      const balances = await balancesOf(getContainer(), account.id)
      expect(balances.ledger).toEqual(balances.kept)
      // Staff still see it on the customer's card, as closed.
      const mine = (await api.get(`/admin/customers/${customer.id}/loyalty`, admin)).data
      expect(mine.loyalty_account).toEqual(
        expect.objectContaining({ id: account.id, status: "closed" })
      )

      await expectErrors([
        [
          "no reason",
          () => api.post(`/admin/loyalty/accounts/${account.id}/close`, {}, admin),
          /reason/,
        ],
        [
          "blank reason",
          () => api.post(`/admin/loyalty/accounts/${account.id}/close`, { reason: " " }, admin),
          /reason/,
        ],
      ])
      await expectError(
        api.post("/admin/loyalty/accounts/lacc_missing/close", { reason: "x" }, admin),
        404,
        /lacc_missing/
      )
      await expectError(
        api.post(`/admin/loyalty/accounts/${account.id}/close`, { reason: "x" }),
        401,
        /Unauthorized/
      )
    })
  })
}

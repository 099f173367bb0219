import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { expectErrors, loyaltyService } from "./helpers"

type Filters = { from?: string; before?: string; type?: string[]; status?: string[] }

/**
 * The per-day summary behind the points report's totals (`loyalty_entry_day`,
 * kept by triggers). Besides these tests, every test of every HTTP suite
 * ends by checking that the summary equals a GROUP BY over the ledger
 * (integration-tests/helpers/medusa-test-runner.ts).
 */
export function loyaltyEntrySummaryTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let knex: Knex
  let accountIds: string[]
  let customerIds: string[]

  sharedFixtures(options, async () => {
    const container = getContainer()
    admin = await createAdminUser(container)
    knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const customers = await container.resolve(Modules.CUSTOMER).createCustomers([
      { email: "summary-a@example.com", first_name: "Sam" },
      { email: "summary-b@example.com", first_name: "Kim" },
    ])
    customerIds = customers.map((c) => c.id)
    const service = loyaltyService(container)
    accountIds = []
    for (const customer of customers) {
      accountIds.push((await service.ensureLoyaltyAccount(customer.id)).account_id)
    }
  })

  /** What a GROUP BY over the ledger says a filter's totals are. */
  const fromLedger = async (filters: Filters) => {
    const query = knex("loyalty_entry").whereNull("deleted_at")
    if (filters.from) query.where("created_at", ">=", filters.from)
    if (filters.before) query.where("created_at", "<", filters.before)
    if (filters.type) query.whereIn("type", filters.type)
    if (filters.status) query.whereIn("status", filters.status)
    const row = await query
      .select(
        knex.raw("count(*)::int AS count"),
        knex.raw("coalesce(sum(points) FILTER (WHERE type = 'earn'), 0)::int AS earned"),
        knex.raw("coalesce(sum(points) FILTER (WHERE type = 'redeem'), 0)::int AS redeemed"),
        knex.raw("coalesce(sum(points) FILTER (WHERE type = 'adjust'), 0)::int AS adjusted"),
        knex.raw("coalesce(sum(points) FILTER (WHERE type = 'expire'), 0)::int AS expired"),
        knex.raw("coalesce(sum(points) FILTER (WHERE type = 'reverse'), 0)::int AS reversed"),
        knex.raw("coalesce(sum(points), 0)::int AS net")
      )
      .first()
    const { count, ...totals } = row
    return { count, count_capped: false, totals }
  }

  const fromRoute = async (filters: Filters) => {
    const params = new URLSearchParams()
    if (filters.from) params.set("from", filters.from)
    // The route's `to` is inclusive; one microsecond … one millisecond before.
    if (filters.before)
      params.set("to", new Date(new Date(filters.before).getTime() - 1).toISOString())
    if (filters.type) params.set("type", filters.type.join(","))
    if (filters.status) params.set("status", filters.status.join(","))
    return (await api.get(`/admin/loyalty/entries/totals?${params}`, admin)).data
  }

  /**
   * Entries of every type and status at the awkward instants: midnight, a
   * microsecond either side, noon, the last microsecond of a month.
   */
  const seedAtBoundaries = async () => {
    const instants = [
      "2026-03-01 00:00:00+00",
      "2026-03-01 23:59:59.999999+00",
      "2026-03-02 00:00:00+00",
      "2026-03-02 00:00:00.000001+00",
      "2026-03-02 12:00:00+00",
      "2026-03-31 23:59:59.999999+00",
      "2026-04-01 00:00:00+00",
      "2026-04-15 08:30:00+00",
    ]
    const types = ["earn", "redeem", "adjust", "expire", "reverse", "close", "transfer"]
    let n = 0
    for (const instant of instants) {
      for (const type of types) {
        for (const status of ["available", "pending"]) {
          n++
          const points = ["earn", "adjust", "transfer"].includes(type) ? 10 * n : -n
          await knex("loyalty_entry").insert({
            id: `lent_summary_${n}`,
            account_id: accountIds[n % 2],
            customer_id: customerIds[n % 2],
            type,
            points,
            status,
            remaining: 0,
            source: "system",
            idempotency_key: `test:summary:${n}`,
            created_at: instant,
            updated_at: instant,
          })
        }
      }
    }
  }

  const RANGES: Filters[] = [
    {},
    { from: "2026-03-01T00:00:00Z" },
    { before: "2026-03-02T00:00:00Z" },
    { from: "2026-03-01T00:00:00Z", before: "2026-03-02T00:00:00Z" },
    { from: "2026-03-01T00:00:00.001Z", before: "2026-03-02T00:00:00.001Z" },
    { from: "2026-03-01T12:00:00Z", before: "2026-03-02T12:00:00Z" },
    { from: "2026-03-02T00:00:00Z", before: "2026-03-02T12:00:00Z" },
    { from: "2026-03-02T00:00:00Z", before: "2026-03-02T12:00:00.001Z" },
    { from: "2026-02-01T00:00:00Z", before: "2026-05-01T00:00:00Z" },
    { from: "2026-03-15T06:00:00Z", before: "2026-04-15T08:30:00.001Z" },
    { from: "2026-04-01T00:00:00Z", before: "2026-04-01T00:00:00.001Z" },
    { from: "1900-01-01T00:00:00Z", before: "9999-12-31T00:00:00Z" },
    { from: "2026-03-01T00:00:00Z", type: ["earn", "redeem"] },
    { before: "2026-04-01T00:00:00Z", status: ["pending"] },
    {
      from: "2026-03-01T08:00:00Z",
      before: "2026-04-02T00:00:00Z",
      type: ["close"],
      status: ["available"],
    },
  ]

  const expectRoutesMatchLedger = async () => {
    const mismatches: string[] = []
    for (const filters of RANGES) {
      const [route, ledger] = await Promise.all([fromRoute(filters), fromLedger(filters)])
      if (JSON.stringify(route) !== JSON.stringify(ledger)) {
        mismatches.push(
          `${JSON.stringify(filters)}: ${JSON.stringify(route)} ≠ ${JSON.stringify(ledger)}`
        )
      }
    }
    expect(mismatches).toEqual([])
  }

  describe("GET /admin/loyalty/entries/totals", () => {
    it("counts and sums any range, type and status as the ledger does, before and after folding", async () => {
      await seedAtBoundaries()
      await expectRoutesMatchLedger()
      // The minute job may have folded some or all of the changes already.
      await loyaltyService(getContainer()).foldLoyaltyEntrySummary()
      expect(await knex("loyalty_entry_day_change").count("* as n")).toEqual([{ n: "0" }])
      const [days] = await knex("loyalty_entry_day").count("* as n")
      expect(Number(days.n)).toBeGreaterThan(0)
      await expectRoutesMatchLedger()

      // The report's own count and totals are the same numbers.
      const report = (await api.get("/admin/loyalty/entries?limit=1&type=earn", admin)).data
      const totals = await fromRoute({ type: ["earn"] })
      expect({ count: report.count, totals: report.totals }).toEqual({
        count: totals.count,
        totals: totals.totals,
      })
    })

    it("follows entries that move between statuses and days, and deleted entries", async () => {
      await seedAtBoundaries()
      await loyaltyService(getContainer()).foldLoyaltyEntrySummary()
      await knex("loyalty_entry")
        .where({ status: "pending", type: "earn" })
        .update({ status: "available" })
      await knex("loyalty_entry")
        .where({ id: "lent_summary_3" })
        .update({ created_at: "2026-06-01T00:00:00Z" })
      await knex("loyalty_entry").where({ id: "lent_summary_5" }).update({ points: 999 })
      await knex("loyalty_entry").where({ id: "lent_summary_7" }).update({ deleted_at: new Date() })
      await knex("loyalty_entry").where({ id: "lent_summary_9" }).delete()
      // An update that changes nothing counted logs nothing.
      const before = await knex("loyalty_entry_day_change").count("* as n")
      await knex("loyalty_entry").update({ remaining: 1 })
      expect(await knex("loyalty_entry_day_change").count("* as n")).toEqual(before)
      await expectRoutesMatchLedger()
      await loyaltyService(getContainer()).foldLoyaltyEntrySummary()
      await expectRoutesMatchLedger()
      // Days a status left hold no empty rows after a fold.
      expect(
        await knex("loyalty_entry_day").where({ entries: 0, points: 0 }).count("* as n")
      ).toEqual([{ n: "0" }])
    })

    it("stays exact with 20 credits, 20 redemptions and folds racing", async () => {
      const service = loyaltyService(getContainer())
      const [a] = accountIds
      await service.creditPoints({
        account_id: a,
        customer_id: customerIds[0],
        type: "earn",
        points: 1000,
        source: "order",
        source_id: "order_seed",
        idempotency_key: "test:race:seed",
      })
      const work: Promise<unknown>[] = []
      for (let i = 0; i < 20; i++) {
        work.push(
          service.creditPoints({
            account_id: accountIds[i % 2],
            customer_id: customerIds[i % 2],
            type: "earn",
            points: 7,
            source: "order",
            source_id: `order_${i}`,
            idempotency_key: `test:race:credit:${i % 10}`,
          })
        )
        work.push(
          service
            .debitPoints({
              account_id: a,
              customer_id: customerIds[0],
              type: "redeem",
              points: 60,
              source: "redemption",
              idempotency_key: `test:race:debit:${i}`,
            })
            .catch(() => null)
        )
        work.push(service.foldLoyaltyEntrySummary())
      }
      await Promise.all(work)
      await expectRoutesMatchLedger()
      const { totals } = await fromRoute({})
      // Ten distinct credit keys (each posted once), the seed, and the
      // redemptions the 1,000 points allowed.
      expect(totals.earned).toBe(1000 + 10 * 7)
      expect(totals.redeemed).toBeGreaterThanOrEqual(-1070)
    })

    it("is rebuilt from the ledger", async () => {
      await seedAtBoundaries()
      await knex("loyalty_entry_day").delete()
      await knex("loyalty_entry_day_change").insert({
        day: "2026-03-01",
        type: "earn",
        status: "available",
        entries: 5,
        points: 5,
      })
      const service = loyaltyService(getContainer())
      expect((await service.diffLoyaltyEntrySummary()).length).toBeGreaterThan(0)
      expect(await service.rebuildLoyaltyEntrySummary()).toBeGreaterThan(0)
      expect(await service.diffLoyaltyEntrySummary()).toEqual([])
      await expectRoutesMatchLedger()
    })

    it("caps the count of a member filter past 10,000 entries and leaves the totals out", async () => {
      await knex.raw(
        `INSERT INTO loyalty_entry (id, account_id, customer_id, type, points, status, remaining, source, idempotency_key)
         SELECT 'lent_many_' || g, ?, ?, 'earn', 1, 'available', 1, 'system', 'test:many:' || g
           FROM generate_series(1, 10001) g`,
        [accountIds[0], customerIds[0]]
      )
      const many = (
        await api.get(`/admin/loyalty/entries/totals?customer_id=${customerIds[0]}`, admin)
      ).data
      expect(many).toEqual({ count: 10000, count_capped: true, totals: null })
      const few = (
        await api.get(`/admin/loyalty/entries/totals?customer_id=${customerIds[1]}`, admin)
      ).data
      expect(few).toEqual({
        count: 0,
        count_capped: false,
        totals: { earned: 0, redeemed: 0, adjusted: 0, expired: 0, reversed: 0, net: 0 },
      })
      // Without a member filter the summary counts them all.
      expect((await fromRoute({})).count).toBe(10001)
      const page = (
        await api.get(`/admin/loyalty/entries?limit=1&customer_id=${customerIds[0]}`, admin)
      ).data
      expect(page).toEqual(
        expect.objectContaining({ count: 10000, count_capped: true, totals: null })
      )
    })

    it("validates the filters and needs an admin", async () => {
      await expectErrors([
        [
          "to before from",
          () => api.get("/admin/loyalty/entries/totals?from=2026-03-10&to=2026-03-01", admin),
          /to/,
        ],
        ["from=x", () => api.get("/admin/loyalty/entries/totals?from=x", admin), /from/],
        [
          "from year 0",
          () => api.get("/admin/loyalty/entries/totals?from=0000-01-01", admin),
          /from/,
        ],
        [
          "to year 275760",
          () => api.get("/admin/loyalty/entries/totals?to=275760-01-01", admin),
          /to/,
        ],
        ["type=gift", () => api.get("/admin/loyalty/entries/totals?type=gift", admin), /type/],
        ["status=x", () => api.get("/admin/loyalty/entries/totals?status=x", admin), /status/],
        ["limit", () => api.get("/admin/loyalty/entries/totals?limit=5", admin), /limit/],
      ])
      await expectError(api.get("/admin/loyalty/entries/totals"), 401, /Unauthorized/)
    })
  })
}

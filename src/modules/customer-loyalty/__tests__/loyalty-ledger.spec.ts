import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_LOYALTY_MODULE } from ".."
import CustomerLoyaltyModuleService from "../service"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(180 * 1000)

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

moduleIntegrationTestRunner<CustomerLoyaltyModuleService>({
  moduleName: CUSTOMER_LOYALTY_MODULE,
  resolve: "./src/modules/customer-loyalty",
  testSuite: ({ service }) => {
    let accountId: string
    let key = 0
    const nextKey = () => `test:${++key}`

    /** The kept balances must always equal what the ledger says. */
    const expectBalances = async (expected: {
      available: number
      pending: number
      lifetime: number
    }) => {
      const account = await service.retrieveLoyaltyAccount(accountId)
      expect({
        available: account.points_available,
        pending: account.points_pending,
        lifetime: account.points_lifetime,
      }).toEqual(expected)
      const ledger = await service.computeLedgerBalances(accountId)
      expect(ledger).toEqual({
        ...expected,
        total: expected.available + expected.pending,
      })
    }

    const earn = (points: number, extra: Record<string, unknown> = {}) =>
      service.creditPoints({
        account_id: accountId,
        customer_id: "cus_1",
        type: "earn",
        points,
        source: "order",
        source_id: "order_1",
        idempotency_key: nextKey(),
        ...extra,
      })

    const take = (points: number, extra: Record<string, unknown> = {}) =>
      service.debitPoints({
        account_id: accountId,
        customer_id: "cus_1",
        type: "redeem",
        points,
        source: "redemption",
        idempotency_key: nextKey(),
        ...extra,
      })

    beforeEach(async () => {
      ;({ account_id: accountId } = await service.ensureLoyaltyAccount("cus_1"))
    })

    describe("accounts", () => {
      it("creates one account per customer with a ten-digit member number", async () => {
        const again = await service.ensureLoyaltyAccount("cus_1")
        expect(again).toEqual({ account_id: accountId, created: false })
        const account = await service.retrieveLoyaltyAccount(accountId, {
          relations: ["members"],
        })
        expect(account.member_number).toMatch(/^\d{10}$/)
        expect(account.members.map((m) => m.customer_id)).toEqual(["cus_1"])
      })

      it("creates a single account when two first events race", async () => {
        const results = await Promise.all(
          Array.from({ length: 5 }, () => service.ensureLoyaltyAccount("cus_race"))
        )
        expect(new Set(results.map((r) => r.account_id)).size).toBe(1)
        const accounts = await service.listLoyaltyAccountMembers({
          customer_id: "cus_race",
        })
        expect(accounts).toHaveLength(1)
      })
    })

    describe("credit", () => {
      it("credits available points and counts them in lifetime", async () => {
        const { entry, duplicate } = await earn(100)
        expect(duplicate).toBe(false)
        expect(entry).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^lent_/),
            type: "earn",
            points: 100,
            status: "available",
            remaining: 100,
          })
        )
        await expectBalances({ available: 100, pending: 0, lifetime: 100 })
      })

      it("credits pending points until they are released", async () => {
        await earn(80, { available_at: new Date(Date.now() + 14 * DAY) })
        await expectBalances({ available: 0, pending: 80, lifetime: 0 })

        expect(await service.releasePendingPoints(new Date())).toEqual([])
        const released = await service.releasePendingPoints(new Date(Date.now() + 15 * DAY))
        expect(released).toEqual([expect.objectContaining({ account_id: accountId, points: 80 })])
        await expectBalances({ available: 80, pending: 0, lifetime: 80 })
      })

      it("credits once per idempotency key", async () => {
        const first = await earn(50, { idempotency_key: "order:o1:earn" })
        const second = await earn(50, { idempotency_key: "order:o1:earn" })
        expect(second).toEqual({ entry: first.entry, duplicate: true })
        await expectBalances({ available: 50, pending: 0, lifetime: 50 })
      })
    })

    describe("debit", () => {
      it("takes the oldest lots first", async () => {
        const old = await earn(30)
        const newer = await earn(50)
        const { entry } = await take(40)
        expect(entry.points).toBe(-40)
        expect(entry.allocations).toEqual([
          { entry_id: old.entry.id, points: 30 },
          { entry_id: newer.entry.id, points: 10 },
        ])
        const lots = await service.listLoyaltyEntries(
          { id: [old.entry.id, newer.entry.id] },
          { order: { created_at: "ASC" } }
        )
        expect(lots.map((l) => l.remaining)).toEqual([0, 40])
        await expectBalances({ available: 40, pending: 0, lifetime: 80 })
      })

      it("refuses to go below zero, and pending points do not count", async () => {
        await earn(30)
        await earn(100, { available_at: new Date(Date.now() + DAY) })
        await expect(take(31)).rejects.toThrow("Not enough points: 30 available, 31 needed")
        await expectBalances({ available: 30, pending: 100, lifetime: 30 })
      })

      it("never overspends under concurrent debits", async () => {
        await earn(100)
        const attempts = await Promise.allSettled(Array.from({ length: 20 }, () => take(30)))
        const succeeded = attempts.filter((a) => a.status === "fulfilled")
        expect(succeeded).toHaveLength(3)
        await expectBalances({ available: 10, pending: 0, lifetime: 100 })
      })
    })

    describe("reverse earned", () => {
      it("takes pending points of the source first, then available, and records a shortfall", async () => {
        // Order 1 earned 100 (available, 70 spent); order 2's 60 are pending.
        await earn(100, { source_id: "order_1" })
        await take(70)
        await earn(60, { source_id: "order_2", available_at: new Date(Date.now() + DAY) })
        await expectBalances({ available: 30, pending: 60, lifetime: 100 })

        const half = await service.reverseEarnedPoints({
          account_id: accountId,
          source: "order",
          source_id: "order_2",
          points: 40,
          idempotency_key: "order:order_2:refund:1",
        })
        expect(half.entry).toEqual(
          expect.objectContaining({ type: "reverse", points: -40, shortfall: 0 })
        )
        await expectBalances({ available: 30, pending: 20, lifetime: 100 })

        // Order 1 is cancelled: its 30 left are taken, 70 were spent.
        const cancel = await service.reverseEarnedPoints({
          account_id: accountId,
          source: "order",
          source_id: "order_1",
          points: 100,
          idempotency_key: "order:order_1:cancel",
        })
        expect(cancel.entry).toEqual(expect.objectContaining({ points: -30, shortfall: 70 }))
        await expectBalances({ available: 0, pending: 20, lifetime: 0 })
      })

      it("takes from other available lots when the source's were spent", async () => {
        await earn(50, { source_id: "order_1" })
        await take(50)
        await earn(80, { source_id: "order_2" })
        const { entry } = await service.reverseEarnedPoints({
          account_id: accountId,
          source: "order",
          source_id: "order_1",
          points: 50,
          idempotency_key: "order:order_1:cancel",
        })
        expect(entry).toEqual(expect.objectContaining({ points: -50, shortfall: 0 }))
        await expectBalances({ available: 30, pending: 0, lifetime: 80 })
      })
    })

    describe("expiry", () => {
      it("expires what is left of due lots, once", async () => {
        const due = await earn(100, { expires_at: new Date(Date.now() - HOUR) })
        await earn(40, { expires_at: new Date(Date.now() + 30 * DAY) })
        await take(30)

        const expired = await service.expirePoints(new Date())
        expect(expired).toEqual([
          expect.objectContaining({ id: due.entry.id, account_id: accountId, points: 70 }),
        ])
        await expectBalances({ available: 40, pending: 0, lifetime: 140 })
        expect(await service.expirePoints(new Date())).toEqual([])

        const [entry] = await service.listLoyaltyEntries({ type: "expire" })
        expect(entry).toEqual(
          expect.objectContaining({
            points: -70,
            source: "system",
            source_id: due.entry.id,
            idempotency_key: `expire:${due.entry.id}`,
          })
        )
      })
    })

    describe("rollback (compensation)", () => {
      it("undoes a debit: lots and balances as before, the key free again", async () => {
        const lot = await earn(100)
        const { entry } = await take(60, { idempotency_key: "redeem:1" })
        await service.rollbackLoyaltyEntry(entry.id)

        await expectBalances({ available: 100, pending: 0, lifetime: 100 })
        const [restored] = await service.listLoyaltyEntries({ id: lot.entry.id })
        expect(restored.remaining).toBe(100)
        const again = await take(60, { idempotency_key: "redeem:1" })
        expect(again.duplicate).toBe(false)
      })

      it("undoes a pending credit", async () => {
        const { entry } = await earn(100, { available_at: new Date(Date.now() + DAY) })
        await service.rollbackLoyaltyEntry(entry.id)
        await expectBalances({ available: 0, pending: 0, lifetime: 0 })
        expect(await service.listLoyaltyEntries({})).toEqual([])
      })

      it("undoes a reversal, pending and available parts alike", async () => {
        await earn(50, { source_id: "order_1" })
        await earn(20, { source_id: "order_1", available_at: new Date(Date.now() + DAY) })
        const { entry } = await service.reverseEarnedPoints({
          account_id: accountId,
          source: "order",
          source_id: "order_1",
          points: 70,
          idempotency_key: "order:order_1:cancel",
        })
        await expectBalances({ available: 0, pending: 0, lifetime: 0 })
        await service.rollbackLoyaltyEntry(entry.id)
        await expectBalances({ available: 50, pending: 20, lifetime: 50 })
      })
    })
  },
})

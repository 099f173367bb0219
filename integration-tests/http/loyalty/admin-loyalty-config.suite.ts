import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import type { LocalWorkflow } from "@medusajs/framework/orchestration"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ExportedWorkflow } from "@medusajs/framework/workflows-sdk"
import { createAdminUser, createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { answerOf, expectError } from "../../helpers/expect-error"
import {
  createLoyaltyEarnRuleWorkflow,
  createLoyaltyRewardWorkflow,
  createLoyaltyTierWorkflow,
  deleteLoyaltyEarnRulesWorkflow,
  deleteLoyaltyRewardsWorkflow,
  deleteLoyaltyTiersWorkflow,
  updateLoyaltyEarnRuleWorkflow,
  updateLoyaltyRewardWorkflow,
  updateLoyaltySettingsWorkflow,
  updateLoyaltyTierWorkflow,
} from "../../../src/workflows/loyalty-config"
import { recomputeTiersStepId } from "../../../src/workflows/loyalty/steps"
import { expectErrors, loyaltyService } from "./helpers"

/** The parts of the answers these tests read. */
type SettingsRow = { id: string; min_redeem: number; updated_at: Date }
type EarnRuleList = { earn_rules: { id: string }[]; count: number }
type TierList = { tiers: { id: string; name: string; rank: number; min_points: number }[] }
type RewardList = { rewards: { id: string; amount: number }[]; count: number }

export function adminLoyaltyConfigTests({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }

  beforeEach(async () => {
    admin = await createAdminUser(getContainer())
  })

  describe("/admin/loyalty/settings", () => {
    it("reads the defaults and updates some fields, keeping the others", async () => {
      const before = (await api.get("/admin/loyalty/settings", admin)).data
      expect(before.settings).toEqual(
        expect.objectContaining({
          points_per_currency: {},
          pending_days: 14,
          booking_pending_hours: 3,
          expiry_months: 12,
          min_redeem: 0,
        })
      )

      const { status, data } = await api.post(
        "/admin/loyalty/settings",
        { points_per_currency: { SEK: 1, eur: 10.5 }, expiry_months: null },
        admin
      )
      expect(status).toBe(200)
      expect(data.settings).toEqual(
        expect.objectContaining({
          points_per_currency: { sek: 1, eur: 10.5 },
          pending_days: 14,
          expiry_months: null,
        })
      )
      const again = (await api.get("/admin/loyalty/settings", admin)).data
      expect(again.settings).toEqual(data.settings)

      // The object replaces the old one: a currency left out is gone.
      const replaced = (
        await api.post("/admin/loyalty/settings", { points_per_currency: { nok: 2 } }, admin)
      ).data
      expect(replaced.settings.points_per_currency).toEqual({ nok: 2 })
    })

    it("refuses bad bodies with a 400 naming the field", async () => {
      await api.post("/admin/loyalty/settings", { points_per_currency: { sek: 1 } }, admin)
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ points_per_currency: { sekk: 1 } }, /points_per_currency/],
        // A code of the right shape that is no currency: the rates stay as they were.
        [{ points_per_currency: { sek: 1, zzz: 1 } }, /points_per_currency.*'zzz' is not one/],
        [{ points_per_currency: { sek: -1 } }, /points_per_currency\.sek/],
        [{ points_per_currency: { sek: "1" } }, /points_per_currency\.sek/],
        [{ points_per_currency: [1] }, /points_per_currency/],
        [{ points_per_currency: { sek: 1e308 } }, /points_per_currency\.sek/],
        [{ points_per_currency: { sek: 10_001 } }, /points_per_currency\.sek/],
        [{ pending_days: 366 }, /pending_days/],
        [{ pending_days: 1.5 }, /pending_days/],
        [{ booking_pending_hours: 721 }, /booking_pending_hours/],
        [{ booking_pending_hours: -1 }, /booking_pending_hours/],
        [{ expiry_months: 0 }, /expiry_months/],
        [{ expiry_months: 121 }, /expiry_months/],
        [{ min_redeem: -5 }, /min_redeem/],
        [{ min_redeem: "ten" }, /min_redeem/],
        [{ surprise: 1 }, /surprise/],
      ]
      await expectErrors(
        cases.map(([body, field]) => [
          JSON.stringify(body),
          () => api.post("/admin/loyalty/settings", body, admin),
          field,
        ])
      )
      const after = (await api.get("/admin/loyalty/settings", admin)).data.settings
      expect(after.points_per_currency).toEqual({ sek: 1 })
    })

    describe("one settings row", () => {
      const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const liveRows = async (): Promise<SettingsRow[]> =>
        (
          await knex().raw(
            `SELECT id, min_redeem, updated_at FROM loyalty_settings WHERE deleted_at IS NULL ORDER BY id`
          )
        ).rows
      const runSettingsMigration = async () => {
        // Required here, not imported above: the suite still runs without it.
        /* eslint-disable @typescript-eslint/no-require-imports -- see above */
        const {
          Migration20261204100000,
        }: typeof import("../../../src/modules/customer-loyalty/migrations/Migration20261204100000") = require("../../../src/modules/customer-loyalty/migrations/Migration20261204100000")
        /* eslint-enable @typescript-eslint/no-require-imports */
        // Only its SQL is read: the migration needs no driver or configuration.
        const [driver, config] = [null, null] as unknown as ConstructorParameters<
          typeof Migration20261204100000
        >
        const migration = new Migration20261204100000(driver, config)
        await migration.up()
        for (const statement of migration.getQueries()) {
          await knex().raw(statement as string)
        }
      }

      it("exists before the first read, no read writes it, and a second row is refused", async () => {
        const container = getContainer()
        const [row, ...more] = await liveRows()
        expect(row).toEqual(expect.objectContaining({ id: expect.stringMatching(/^lset_/) }))
        expect(more).toEqual([])

        const publishableKey = await createPublishableKey(container)
        const shopper = await createStoreCustomer(container, publishableKey, "lo@example.com")
        await api.post(
          `/admin/customers/${shopper.customer.id}/loyalty/adjustments`,
          { points: 10, description: "Welcome" },
          admin
        )
        const cart = await container
          .resolve(Modules.CART)
          .createCarts({ currency_code: "sek", customer_id: shopper.customer.id })
        const reads = await Promise.all([
          ...Array.from({ length: 10 }, () => api.get("/admin/loyalty/settings", admin)),
          ...Array.from({ length: 5 }, () => api.get(`/store/carts/${cart.id}/loyalty`, shopper)),
        ])
        expect(reads.map((r) => r.status)).toEqual(Array(15).fill(200))
        expect(reads[0].data.settings.id).toBe(row.id)
        expect(await liveRows()).toEqual([row])

        await expect(
          knex().raw(
            `INSERT INTO loyalty_settings (id, points_per_currency) VALUES ('lset_second', '{}')`
          )
        ).rejects.toThrow(/IDX_loyalty_settings_single_row/)

        // Without the row (deleted by hand), reads answer the defaults and
        // still write nothing; the first change makes it again.
        await knex().raw(`DELETE FROM loyalty_settings`)
        const defaults = (await api.get("/admin/loyalty/settings", admin)).data.settings
        expect(defaults).toEqual(
          expect.objectContaining({ id: null, pending_days: 14, min_redeem: 0 })
        )
        expect((await api.get(`/store/carts/${cart.id}/loyalty`, shopper)).status).toBe(200)
        expect(await liveRows()).toEqual([])
        const saved = (await api.post("/admin/loyalty/settings", { min_redeem: 5 }, admin)).data
          .settings
        expect(saved).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^lset_/),
            min_redeem: 5,
            pending_days: 14,
          })
        )
        expect((await liveRows()).map((r) => r.id)).toEqual([saved.id])
      })

      it("is made single by the migration on a database with several rows or none", async () => {
        await knex().raw(`DROP INDEX "IDX_loyalty_settings_single_row"`)
        await knex().raw(`DELETE FROM loyalty_settings`)
        await knex().raw(
          `INSERT INTO loyalty_settings (id, points_per_currency, min_redeem, updated_at) VALUES
             ('lset_old', '{}', 1, now() - interval '2 days'),
             ('lset_changed_last', '{"sek": 2}', 7, now()),
             ('lset_older', '{}', 3, now() - interval '3 days')`
        )
        await runSettingsMigration()
        expect((await liveRows()).map((r) => [r.id, r.min_redeem])).toEqual([
          ["lset_changed_last", 7],
        ])
        expect((await api.get("/admin/loyalty/settings", admin)).data.settings).toEqual(
          expect.objectContaining({
            id: "lset_changed_last",
            min_redeem: 7,
            points_per_currency: { sek: 2 },
          })
        )
        // Again: nothing changes.
        await runSettingsMigration()
        expect((await liveRows()).map((r) => r.id)).toEqual(["lset_changed_last"])

        await knex().raw(`DROP INDEX "IDX_loyalty_settings_single_row"`)
        await knex().raw(`DELETE FROM loyalty_settings`)
        await runSettingsMigration()
        const [made] = await liveRows()
        expect((await api.get("/admin/loyalty/settings", admin)).data.settings).toEqual(
          expect.objectContaining({
            id: made.id,
            points_per_currency: {},
            pending_days: 14,
            booking_pending_hours: 3,
            expiry_months: 12,
            min_redeem: 0,
          })
        )
        await expect(
          knex().raw(
            `INSERT INTO loyalty_settings (id, points_per_currency) VALUES ('lset_second', '{}')`
          )
        ).rejects.toThrow(/IDX_loyalty_settings_single_row/)
      })
    })

    it("needs an admin", async () => {
      await expectError(api.get("/admin/loyalty/settings"), 401, /Unauthorized/)
      await expectError(api.post("/admin/loyalty/settings", { min_redeem: 1 }), 401, /Unauthorized/)
    })
  })

  describe("/admin/loyalty/earn-rules", () => {
    const rule = {
      name: "Double points on shirts",
      target: { type: "all" },
      multiplier: 2,
    }

    it("creates, reads, lists, updates and deletes earn rules", async () => {
      const product = await getContainer()
        .resolve(Modules.PRODUCT)
        .createProducts({ title: "Shirt", status: "published" })

      const created = await api.post(
        "/admin/loyalty/earn-rules",
        {
          name: "Shirt bonus",
          target: { type: "product", id: product.id },
          points_per_item: 50,
          starts_at: "2030-01-01T00:00:00.000Z",
          ends_at: "2030-02-01T00:00:00.000Z",
        },
        admin
      )
      expect(created.status).toBe(201)
      const earnRule = created.data.earn_rule
      expect(earnRule).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^lrule_/),
          name: "Shirt bonus",
          target: { type: "product", id: product.id },
          points_per_item: 50,
          multiplier: null,
          starts_at: "2030-01-01T00:00:00.000Z",
          ends_at: "2030-02-01T00:00:00.000Z",
          is_active: true,
        })
      )
      const everything = (await api.post("/admin/loyalty/earn-rules", rule, admin)).data.earn_rule
      expect(everything.target).toEqual({ type: "all", id: null })
      expect(everything.multiplier).toBe(2)

      const read = (await api.get(`/admin/loyalty/earn-rules/${earnRule.id}`, admin)).data.earn_rule
      expect(read).toEqual(earnRule)

      const list = (await api.get("/admin/loyalty/earn-rules?limit=1", admin)).data
      expect(list).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 1 }))
      expect(list.earn_rules).toHaveLength(1)
      const active: EarnRuleList = (
        await api.get("/admin/loyalty/earn-rules?target_type=product", admin)
      ).data
      expect(active.earn_rules.map((r) => r.id)).toEqual([earnRule.id])

      // Switching to a multiplier clears points per item.
      const updated = (
        await api.post(
          `/admin/loyalty/earn-rules/${earnRule.id}`,
          { multiplier: 1.5, is_active: false },
          admin
        )
      ).data.earn_rule
      expect(updated).toEqual(
        expect.objectContaining({
          points_per_item: null,
          multiplier: 1.5,
          is_active: false,
          target: { type: "product", id: product.id },
        })
      )

      const deleted = await api.delete(`/admin/loyalty/earn-rules/${earnRule.id}`, admin)
      expect(deleted.data).toEqual({
        id: earnRule.id,
        object: "loyalty_earn_rule",
        deleted: true,
      })
      await expectError(
        api.get(`/admin/loyalty/earn-rules/${earnRule.id}`, admin),
        404,
        /was not found/
      )
    })

    it("refuses bad bodies with a 400 naming the field", async () => {
      await api.post("/admin/loyalty/settings", { points_per_currency: { sek: 1 } }, admin)
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ name: "" }, /name/],
        [{ name: undefined }, /name/],
        [{ target: undefined }, /target/],
        [{ target: { type: "brand", id: "x" } }, /target, type/],
        [{ target: { type: "product" } }, /target\.id/],
        [{ target: { type: "all", id: "prod_1" } }, /target\.id/],
        [{ multiplier: undefined }, /points_per_item.*multiplier/],
        [{ points_per_item: 5 }, /points_per_item.*multiplier/],
        [{ multiplier: 0 }, /Field 'multiplier' must be greater than 0/],
        [{ multiplier: 101 }, /multiplier/],
        [{ multiplier: undefined, points_per_item: 0 }, /points_per_item/],
        [{ multiplier: undefined, points_per_item: 2.5 }, /points_per_item/],
        [{ starts_at: "soon" }, /starts_at/],
        [{ starts_at: "2030-02-01T00:00:00Z", ends_at: "2030-01-01T00:00:00Z" }, /ends_at/],
        [{ is_active: "yes" }, /is_active/],
      ]
      await expectErrors(
        cases.map(([body, field]) => [
          JSON.stringify(body),
          () => api.post("/admin/loyalty/earn-rules", { ...rule, ...body }, admin),
          field,
        ])
      )
    })

    it("checks an update against the stored rule", async () => {
      const created = (
        await api.post(
          "/admin/loyalty/earn-rules",
          { ...rule, starts_at: "2030-01-01T00:00:00Z" },
          admin
        )
      ).data.earn_rule
      await expectError(
        api.post(
          `/admin/loyalty/earn-rules/${created.id}`,
          { ends_at: "2029-12-31T00:00:00Z" },
          admin
        ),
        400,
        /ends_at/
      )
      await expectError(
        api.post(`/admin/loyalty/earn-rules/${created.id}`, { multiplier: null }, admin),
        400,
        /points_per_item.*multiplier/
      )
      await expectError(
        api.post(
          `/admin/loyalty/earn-rules/${created.id}`,
          { target: { type: "collection", id: "pcol_missing" } },
          admin
        ),
        404,
        /pcol_missing/
      )
      await expectErrors([
        [
          "both kinds",
          () =>
            api.post(
              `/admin/loyalty/earn-rules/${created.id}`,
              { points_per_item: 1, multiplier: 2 },
              admin
            ),
          /points_per_item.*multiplier/,
        ],
        [
          "bad target",
          () =>
            api.post(
              `/admin/loyalty/earn-rules/${created.id}`,
              { target: { type: "product" } },
              admin
            ),
          /target\.id/,
        ],
        [
          "unknown field",
          () => api.post(`/admin/loyalty/earn-rules/${created.id}`, { target_type: "all" }, admin),
          /target_type/,
        ],
      ])
      const unchanged = (await api.get(`/admin/loyalty/earn-rules/${created.id}`, admin)).data
        .earn_rule
      expect(unchanged).toEqual(created)
    })

    it("answers 404 for unknown rules and targets, 401 without an admin", async () => {
      await expectError(
        api.post(
          "/admin/loyalty/earn-rules",
          { ...rule, target: { type: "variant", id: "variant_missing" } },
          admin
        ),
        404,
        /variant_missing/
      )
      // One at a time: a request already rejected while another is awaited
      // counts as an unhandled rejection and fails the test.
      for (const request of [
        () => api.get("/admin/loyalty/earn-rules/lrule_missing", admin),
        () => api.post("/admin/loyalty/earn-rules/lrule_missing", { name: "x" }, admin),
        () => api.delete("/admin/loyalty/earn-rules/lrule_missing", admin),
      ]) {
        await expectError(request(), 404, /lrule_missing/)
      }
      await expectError(api.get("/admin/loyalty/earn-rules"), 401, /Unauthorized/)
      await expectError(api.post("/admin/loyalty/earn-rules", rule), 401, /Unauthorized/)
    })
  })

  describe("/admin/loyalty/tiers", () => {
    const silver = { name: "Silver", min_points: 1000, rank: 1 }

    it("creates, lists by rank, updates and deletes tiers", async () => {
      const gold = (
        await api.post(
          "/admin/loyalty/tiers",
          { name: "Gold", min_points: 5000, basis: "rolling_12_months", rank: 2 },
          admin
        )
      ).data.tier
      const { status, data } = await api.post("/admin/loyalty/tiers", silver, admin)
      expect(status).toBe(201)
      expect(data.tier).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^ltier_/),
          name: "Silver",
          min_points: 1000,
          basis: "lifetime",
          rank: 1,
          description: null,
          points_multiplier: null,
        })
      )

      const list: TierList = (await api.get("/admin/loyalty/tiers", admin)).data
      expect(list.tiers.map((t) => t.name)).toEqual(["Silver", "Gold"])

      const updated = (
        await api.post(
          `/admin/loyalty/tiers/${gold.id}`,
          { rank: 0, description: "Top", points_multiplier: 1.5 },
          admin
        )
      ).data.tier
      expect(updated).toEqual(
        expect.objectContaining({ rank: 0, description: "Top", points_multiplier: 1.5 })
      )
      expect(updated).not.toHaveProperty("raw_points_multiplier")
      expect(
        ((await api.get("/admin/loyalty/tiers", admin)).data as TierList).tiers.map((t) => t.name)
      ).toEqual(["Gold", "Silver"])

      await api.delete(`/admin/loyalty/tiers/${gold.id}`, admin)
      await expectError(api.get(`/admin/loyalty/tiers/${gold.id}`, admin), 404, /not found/)
      // A deleted tier's rank is free again.
      await api.post(
        "/admin/loyalty/tiers",
        { ...silver, name: "Bronze", min_points: 0, rank: 0 },
        admin
      )
    })

    it("refuses a taken rank with a 409, on create and on update", async () => {
      const first = (await api.post("/admin/loyalty/tiers", silver, admin)).data.tier
      await expectError(
        api.post("/admin/loyalty/tiers", { ...silver, name: "Other" }, admin),
        409,
        /rank 1 already exists/
      )
      const second = (
        await api.post(
          "/admin/loyalty/tiers",
          { ...silver, name: "Gold", min_points: 5000, rank: 2 },
          admin
        )
      ).data.tier
      await expectError(
        api.post(`/admin/loyalty/tiers/${second.id}`, { rank: 1 }, admin),
        409,
        /rank 1 already exists/
      )
      await expectErrors([
        [
          "rank -1",
          () => api.post(`/admin/loyalty/tiers/${second.id}`, { rank: -1 }, admin),
          /rank/,
        ],
        [
          "basis",
          () => api.post(`/admin/loyalty/tiers/${second.id}`, { basis: "daily" }, admin),
          /basis/,
        ],
      ])
      // Keeping its own rank is no conflict.
      await api.post(`/admin/loyalty/tiers/${first.id}`, { rank: 1, name: "Silver+" }, admin)
    })

    it("keeps every tier in reach: on one basis, a higher rank needs more points", async () => {
      const groupNames = async () =>
        (
          await getContainer()
            .resolve(Modules.CUSTOMER)
            .listCustomerGroups({}, { select: ["name"] })
        ).map((group) => group.name)
      await api.post("/admin/loyalty/tiers", silver, admin)
      const gold = (
        await api.post("/admin/loyalty/tiers", { name: "Gold", min_points: 6000, rank: 2 }, admin)
      ).data.tier

      // Above Gold with fewer or as many points: Gold would be out of reach.
      await expectError(
        api.post("/admin/loyalty/tiers", { name: "Lower", min_points: 500, rank: 3 }, admin),
        400,
        /min_points' must be more than Gold's 6000 lifetime points: Gold ranks below/
      )
      await expectError(
        api.post("/admin/loyalty/tiers", { name: "Same", min_points: 6000, rank: 5 }, admin),
        400,
        /min_points' must be more than Gold's 6000/
      )
      // Below Silver in rank, but needing more than it.
      await expectError(
        api.post("/admin/loyalty/tiers", { name: "Below", min_points: 7000, rank: 0 }, admin),
        400,
        /min_points' must be less than Silver's 1000 lifetime points: Silver ranks above/
      )
      // Nothing half written: no tier and no customer group for the refused ones.
      const tiers: TierList = (await api.get("/admin/loyalty/tiers", admin)).data
      expect(tiers.tiers.map((t) => t.name)).toEqual(["Silver", "Gold"])
      expect((await groupNames()).filter((name) => /Lower|Same|Below/.test(name))).toEqual([])

      // An update that would put a tier out of order is refused the same way.
      await expectError(
        api.post(`/admin/loyalty/tiers/${gold.id}`, { min_points: 1000 }, admin),
        400,
        /min_points' must be more than Silver's 1000 lifetime points/
      )
      await expectError(
        api.post(`/admin/loyalty/tiers/${gold.id}`, { rank: 0 }, admin),
        400,
        /min_points' must be less than Silver's 1000/
      )
      // Another basis counts other points: tiers on different bases are not compared.
      await api.post(
        "/admin/loyalty/tiers",
        { name: "Rolling", min_points: 10, basis: "rolling_12_months", rank: 3 },
        admin
      )
      // Gold moved onto Rolling's basis below it with more points: refused.
      await expectError(
        api.post(`/admin/loyalty/tiers/${gold.id}`, { basis: "rolling_12_months" }, admin),
        400,
        /min_points' must be less than Rolling's 10 points of the last 12 months/
      )
      expect((await api.get(`/admin/loyalty/tiers/${gold.id}`, admin)).data.tier).toEqual(
        expect.objectContaining({ min_points: 6000, basis: "lifetime", rank: 2 })
      )
    })

    it("keeps the order when tier writes that conflict with each other come at once", async () => {
      await api.post("/admin/loyalty/tiers", silver, admin)
      // Each fits the tiers as they are; together the rank-3 one would
      // need fewer points than the rank-2 one. Taking turns, the second
      // one checked sees the first and is refused.
      for (let round = 0; round < 5; round++) {
        const statuses = await Promise.all(
          [
            { name: `Gold ${round}`, min_points: 5000, rank: 2 },
            { name: `Platinum ${round}`, min_points: 3000, rank: 3 },
          ].map(
            async (tier) =>
              (await api.post("/admin/loyalty/tiers", tier, admin).catch(answerOf))?.status
          )
        )
        expect(statuses.sort()).toEqual([201, 400])
        const { tiers }: TierList = (await api.get("/admin/loyalty/tiers", admin)).data
        const byRank = [...tiers].sort((a, b) => a.rank - b.rank)
        expect(byRank.map((t) => t.min_points)).toEqual(
          [...byRank.map((t) => t.min_points)].sort((a, b) => a - b)
        )
        await Promise.all(
          tiers
            .filter((t) => t.name !== "Silver")
            .map((t) => api.delete(`/admin/loyalty/tiers/${t.id}`, admin))
        )
      }
    })

    it("creates one tier when the same create comes 20 times at once", async () => {
      const gold = { name: "Gold", min_points: 5000, rank: 2 }
      const statuses = await Promise.all(
        Array.from(
          { length: 20 },
          async () => (await api.post("/admin/loyalty/tiers", gold, admin).catch(answerOf))?.status
        )
      )
      expect(statuses.filter((status) => status === 201)).toHaveLength(1)
      expect(statuses.filter((status) => status === 409)).toHaveLength(19)
      const { tiers }: TierList = (await api.get("/admin/loyalty/tiers", admin)).data
      expect(tiers.map((t) => t.name)).toEqual(["Gold"])
      const groups = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomerGroups({ name: "Tier: Gold" }, { select: ["id"] })
      expect(groups).toHaveLength(1)
    })

    it("refuses a second tier of the same name with a 409, before its customer group", async () => {
      await api.post("/admin/loyalty/tiers", silver, admin)
      await expectError(
        api.post("/admin/loyalty/tiers", { name: "silver", min_points: 5000, rank: 2 }, admin),
        409,
        /A loyalty tier named 'Silver' already exists/
      )
      const gold = (
        await api.post("/admin/loyalty/tiers", { name: "Gold", min_points: 5000, rank: 2 }, admin)
      ).data.tier
      await expectError(
        api.post(`/admin/loyalty/tiers/${gold.id}`, { name: "Silver" }, admin),
        409,
        /named 'Silver'/
      )
      // Its own name is no conflict.
      await api.post(`/admin/loyalty/tiers/${gold.id}`, { name: "Gold", description: "Top" }, admin)
    })

    it("refuses bad bodies with a 400 naming the field", async () => {
      await api.post("/admin/loyalty/settings", { points_per_currency: { sek: 1 } }, admin)
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ name: "" }, /name/],
        [{ min_points: -1 }, /min_points/],
        [{ min_points: 10.5 }, /min_points/],
        [{ min_points: undefined }, /min_points/],
        [{ basis: "weekly" }, /basis/],
        [{ rank: -1 }, /rank/],
        [{ rank: undefined }, /rank/],
        [{ points_multiplier: 0 }, /Field 'points_multiplier' must be greater than 0/],
        [{ points_multiplier: 101 }, /points_multiplier/],
        [{ points_multiplier: "2" }, /points_multiplier/],
        [{ colour: "red" }, /colour/],
      ]
      await expectErrors(
        cases.map(([body, field]) => [
          JSON.stringify(body),
          () => api.post("/admin/loyalty/tiers", { ...silver, ...body }, admin),
          field,
        ])
      )
    })

    it("answers 404 for unknown tiers and 401 without an admin", async () => {
      for (const request of [
        () => api.get("/admin/loyalty/tiers/ltier_missing", admin),
        () => api.post("/admin/loyalty/tiers/ltier_missing", { name: "x" }, admin),
        () => api.delete("/admin/loyalty/tiers/ltier_missing", admin),
      ]) {
        await expectError(request(), 404, /ltier_missing/)
      }
      await expectError(api.get("/admin/loyalty/tiers"), 401, /Unauthorized/)
      await expectError(api.post("/admin/loyalty/tiers", silver), 401, /Unauthorized/)
    })
  })

  describe("/admin/loyalty/rewards", () => {
    const reward = {
      name: "SEK 50 off",
      points_cost: 500,
      amount: 50,
      currency_code: "SEK",
    }

    it("creates, lists, updates and deletes rewards", async () => {
      const { status, data } = await api.post("/admin/loyalty/rewards", reward, admin)
      expect(status).toBe(201)
      expect(data.reward).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^lrwd_/),
          name: "SEK 50 off",
          description: null,
          points_cost: 500,
          kind: "promotion_code",
          amount: 50,
          currency_code: "sek",
          is_active: true,
        })
      )
      await api.post(
        "/admin/loyalty/rewards",
        { ...reward, name: "Gift card", kind: "gift_card", amount: 99.5, points_cost: 900 },
        admin
      )

      // Created last, listed first: the cheapest reward leads.
      await api.post(
        "/admin/loyalty/rewards",
        { ...reward, name: "Coffee", amount: 10, points_cost: 100 },
        admin
      )

      const list: RewardList = (await api.get("/admin/loyalty/rewards", admin)).data
      expect(list).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 50 }))
      expect(list.rewards.map((r) => r.amount)).toEqual([10, 50, 99.5])

      const updated = (
        await api.post(
          `/admin/loyalty/rewards/${data.reward.id}`,
          { is_active: false, amount: 75 },
          admin
        )
      ).data.reward
      expect(updated).toEqual(expect.objectContaining({ is_active: false, amount: 75 }))
      await expectErrors([
        [
          "amount -1",
          () => api.post(`/admin/loyalty/rewards/${data.reward.id}`, { amount: -1 }, admin),
          /amount/,
        ],
        [
          "currency",
          () =>
            api.post(`/admin/loyalty/rewards/${data.reward.id}`, { currency_code: "kr" }, admin),
          /currency_code/,
        ],
        [
          "amount 0.001",
          () => api.post(`/admin/loyalty/rewards/${data.reward.id}`, { amount: 0.001 }, admin),
          /Field 'amount' must have at most 2 decimals/,
        ],
        [
          "currency xxq",
          () =>
            api.post(`/admin/loyalty/rewards/${data.reward.id}`, { currency_code: "xxq" }, admin),
          /Field 'currency_code' must be a currency/,
        ],
      ])
      const inactive: RewardList = (await api.get("/admin/loyalty/rewards?is_active=false", admin))
        .data
      expect(inactive.rewards.map((r) => r.id)).toEqual([data.reward.id])

      await api.delete(`/admin/loyalty/rewards/${data.reward.id}`, admin)
      expect((await api.get("/admin/loyalty/rewards", admin)).data.count).toBe(2)
    })

    it("refuses bad bodies with a 400 naming the field", async () => {
      await api.post("/admin/loyalty/settings", { points_per_currency: { sek: 1 } }, admin)
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ name: undefined }, /name/],
        [{ points_cost: 0 }, /points_cost/],
        [{ points_cost: 1.5 }, /points_cost/],
        [{ kind: "voucher" }, /kind/],
        [{ amount: 0 }, /Field 'amount' must be greater than 0/],
        [{ amount: "50" }, /amount/],
        [{ amount: 1e308 }, /amount/],
        [{ currency_code: "kronor" }, /currency_code/],
        [{ currency_code: undefined }, /currency_code/],
        // Three letters Medusa knows no currency by, and amounts finer than the currency.
        [{ currency_code: "xxq" }, /Field 'currency_code' must be a currency Medusa knows/],
        [
          { amount: 0.001, currency_code: "sek" },
          /Field 'amount' must have at most 2 decimals in SEK/,
        ],
        [
          { amount: 1.5, currency_code: "jpy" },
          /Field 'amount' must have at most 0 decimals in JPY/,
        ],
        [{ is_active: 1 }, /is_active/],
      ]
      await expectErrors(
        cases.map(([body, field]) => [
          JSON.stringify(body),
          () => api.post("/admin/loyalty/rewards", { ...reward, ...body }, admin),
          field,
        ])
      )
    })

    it("answers 404 for unknown rewards and 401 without an admin", async () => {
      for (const request of [
        () => api.get("/admin/loyalty/rewards/lrwd_missing", admin),
        () => api.post("/admin/loyalty/rewards/lrwd_missing", { name: "x" }, admin),
        () => api.delete("/admin/loyalty/rewards/lrwd_missing", admin),
      ]) {
        await expectError(request(), 404, /lrwd_missing/)
      }
      await expectError(api.get("/admin/loyalty/rewards"), 401, /Unauthorized/)
    })
  })

  /**
   * Each workflow is run with a failing action after its last step:
   * everything it wrote must be undone.
   */
  describe("workflow compensation", () => {
    const failAfter = <W extends Pick<LocalWorkflow, "appendAction">>(
      workflow: W,
      stepId: string
    ) => {
      workflow.appendAction("fail", stepId, {
        invoke: async () => {
          throw new Error(`Forced failure after ${stepId}`)
        },
      })
      return workflow
    }
    const run = async <TData>(workflow: ExportedWorkflow<TData>, input: TData) => {
      const { errors } = await workflow.run({ input, throwOnError: false })
      expect(errors[0]?.error?.message).toMatch(/Forced failure/)
    }

    it("undoes settings, reward and earn rule writes", async () => {
      const container = getContainer()
      const service = loyaltyService(container)

      const before = await service.retrieveProgramSettings()
      await run(failAfter(updateLoyaltySettingsWorkflow(container), "update-loyalty-settings"), {
        pending_days: 99,
        points_per_currency: { nok: 3 },
      })
      expect(await service.retrieveProgramSettings()).toEqual(
        expect.objectContaining({
          pending_days: before.pending_days,
          points_per_currency: before.points_per_currency,
        })
      )

      const reward = {
        name: "Cap",
        points_cost: 10,
        kind: "promotion_code" as const,
        amount: 5,
        currency_code: "sek",
      }
      await run(failAfter(createLoyaltyRewardWorkflow(container), "create-loyalty-reward"), reward)
      expect(await service.listLoyaltyRewards({}, { withDeleted: true })).toHaveLength(0)
      const { result: kept } = await createLoyaltyRewardWorkflow(container).run({ input: reward })
      await run(failAfter(updateLoyaltyRewardWorkflow(container), "update-loyalty-reward"), {
        id: kept.id,
        update: { name: "Mug", amount: 9 },
      })
      expect(await service.retrieveLoyaltyReward(kept.id)).toEqual(
        expect.objectContaining({ name: "Cap", amount: 5 })
      )
      await run(failAfter(deleteLoyaltyRewardsWorkflow(container), "soft-delete-loyalty-rewards"), {
        ids: [kept.id],
      })
      expect(await service.listLoyaltyRewards({ id: kept.id })).toHaveLength(1)

      const rule = {
        name: "Double",
        target_type: "all" as const,
        target_id: null,
        points_per_item: null,
        multiplier: 2,
        starts_at: null,
        ends_at: null,
        is_active: true,
      }
      await run(
        failAfter(createLoyaltyEarnRuleWorkflow(container), "create-loyalty-earn-rule"),
        rule
      )
      expect(await service.listLoyaltyEarnRules({}, { withDeleted: true })).toHaveLength(0)
      const { result: keptRule } = await createLoyaltyEarnRuleWorkflow(container).run({
        input: rule,
      })
      await run(failAfter(updateLoyaltyEarnRuleWorkflow(container), "update-loyalty-earn-rule"), {
        id: keptRule.id,
        update: { points_per_item: 5, name: "Five" },
      })
      expect(await service.retrieveLoyaltyEarnRule(keptRule.id)).toEqual(
        expect.objectContaining({ name: "Double", points_per_item: null, multiplier: 2 })
      )
      await run(
        failAfter(deleteLoyaltyEarnRulesWorkflow(container), "soft-delete-loyalty-earn-rules"),
        {
          ids: [keptRule.id],
        }
      )
      expect(await service.listLoyaltyEarnRules({ id: keptRule.id })).toHaveLength(1)
    })

    it("undoes tier writes and the members' tier changes", async () => {
      const container = getContainer()
      const service = loyaltyService(container)
      const customer = await container
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "tiers@example.com" })
      const { account_id } = await service.ensureLoyaltyAccount(customer.id)
      await service.creditPoints({
        account_id,
        customer_id: customer.id,
        type: "adjust",
        points: 600,
        source: "manual",
        idempotency_key: "test:tiers",
      })
      const tierOf = async () => (await service.retrieveLoyaltyAccount(account_id)).tier_id

      const { result: silver } = await createLoyaltyTierWorkflow(container).run({
        input: { name: "Silver", min_points: 500, basis: "lifetime", rank: 1 },
      })
      expect(await tierOf()).toBe(silver.id)

      await run(failAfter(createLoyaltyTierWorkflow(container), recomputeTiersStepId), {
        name: "Gold",
        min_points: 550,
        basis: "lifetime",
        rank: 2,
      })
      expect((await service.listLoyaltyTiers({})).map((t) => t.name)).toEqual(["Silver"])
      expect(await tierOf()).toBe(silver.id)

      await run(failAfter(updateLoyaltyTierWorkflow(container), recomputeTiersStepId), {
        id: silver.id,
        update: { min_points: 1000, name: "Silver+" },
      })
      expect(await service.retrieveLoyaltyTier(silver.id)).toEqual(
        expect.objectContaining({ name: "Silver", min_points: 500 })
      )
      expect(await tierOf()).toBe(silver.id)

      await run(failAfter(deleteLoyaltyTiersWorkflow(container), recomputeTiersStepId), {
        ids: [silver.id],
      })
      expect(await service.listLoyaltyTiers({ id: silver.id })).toHaveLength(1)
      expect(await tierOf()).toBe(silver.id)
    })
  })
}

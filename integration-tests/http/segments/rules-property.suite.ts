import fc from "fast-check"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { compileSegmentRules, parseSegmentRules, SqlFragment } from "../../../src/segments"
import { evaluateSegment } from "./segment-evaluator"
import { randomRules } from "./random-rules"
import { createWorld, DAY, World, worldSpec } from "./random-world"

/**
 * The segment compiler against a plain reading of the rules: random worlds
 * in PostgreSQL (one per test, through Medusa's modules), random rule trees
 * over each, and the compiled statement must select exactly the customers
 * the in-memory evaluator selects. The session timezone is random too: the
 * statement must not depend on it.
 *
 * FC_SEED=<n> replays a run; fast-check prints the seed and the shrunk rule
 * tree of a failure, and the world's seed is in the test's name.
 */
const seed = Number(process.env.FC_SEED ?? 20261125)
const WORLDS = Number(process.env.FC_WORLDS ?? 3)
const RULES_PER_WORLD = Number(process.env.FC_RUNS ?? 200)
const SESSION_TIMEZONES = [
  "UTC",
  "Europe/Stockholm",
  "America/Los_Angeles",
  "Australia/Sydney",
  "Asia/Tokyo",
]

async function selected(
  container: MedusaContainer,
  statement: SqlFragment,
  sessionTimezone: string
): Promise<Set<string>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return await pg.transaction(async (trx) => {
    await trx.raw(`SET LOCAL TimeZone = '${sessionTimezone}'`)
    const { rows } = await trx.raw(statement.text, statement.params as Knex.RawBinding[])
    return new Set<string>(rows.map((row: { customer_id: string }) => row.customer_id))
  })
}

/** What the world holds on one customer, to read a failure by. */
function describeCustomer(world: World, id: string) {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())
  return JSON.stringify(
    {
      customer: {
        ...world.customers.find((c) => c.id === id),
        created_at: iso(world.customers.find((c) => c.id === id)!.created_at),
      },
      orders: world.orders
        .filter((o) => o.customer_id === id)
        .map((o) => ({ ...o, created_at: iso(o.created_at) })),
      flags: world.assignments
        .filter((a) => a.customer_id === id)
        .map((a) => ({ ...a, expires_at: iso(a.expires_at) })),
      groups: world.groups.filter((g) => g.customer_id === id).map((g) => g.group_id),
      account: world.accounts.get(id) ?? null,
      products: world.products,
      categories: world.categories,
    },
    null,
    1
  )
}

/** Runs the rules both ways; throws, with the customers' facts, where they disagree. */
async function expectSameMembers(
  container: MedusaContainer,
  world: World,
  input: unknown,
  sessionTimezone: string
): Promise<Set<string>> {
  const parsed = parseSegmentRules(input)
  if (parsed.errors) {
    throw new Error(`valid rules refused: ${JSON.stringify(parsed.errors)}`)
  }
  const statement = compileSegmentRules(parsed.rules, {
    timezone: world.timezone,
    now: new Date(world.now),
    marketing_consent_key: "marketing_consent",
  })
  const ids = new Set(world.customers.map((c) => c.id))
  const fromSql = new Set(
    [...(await selected(container, statement, sessionTimezone))].filter((id) => ids.has(id))
  )
  const expected = evaluateSegment(parsed.rules, world)
  const differing = [...ids].filter((id) => fromSql.has(id) !== expected.has(id))
  if (differing.length) {
    throw new Error(
      `SQL and the rules disagree on ${differing.length} customer(s) (timezone ${world.timezone}, ` +
        `session timezone ${sessionTimezone}, now ${new Date(world.now).toISOString()}):\n` +
        differing
          .map(
            (id) =>
              `${fromSql.has(id) ? "selected by SQL only" : "selected by the rules only"}: ${describeCustomer(world, id)}`
          )
          .join("\n")
    )
  }
  return expected
}

export function rulesPropertyTests({ getContainer }: MedusaSuiteOptions) {
  const worldSeeds = [...Array(WORLDS).keys()].map((i) => seed + i)

  it.each(worldSeeds)(
    "compiled rules select what the rules say (world seed %i)",
    async (worldSeed) => {
      const container = getContainer()
      const [spec] = fc.sample(worldSpec, { seed: worldSeed, numRuns: 1 })
      const world: World = await createWorld(container, spec, `w${worldSeed}`)
      const alive = world.customers.filter((c) => !c.deleted).length
      let telling = 0 // rule trees that select some customers but not all

      await fc.assert(
        fc.asyncProperty(
          randomRules(world),
          fc.constantFrom(...SESSION_TIMEZONES),
          async (input, sessionTimezone) => {
            const members = await expectSameMembers(container, world, input, sessionTimezone)
            telling += members.size > 0 && members.size < alive ? 1 : 0
          }
        ),
        { seed: worldSeed, numRuns: RULES_PER_WORLD }
      )
      // Not a vacuous agreement on "nobody" and "everybody".
      expect(telling).toBeGreaterThan(RULES_PER_WORLD / 4)
    }
  )

  it("the last N days are N × 24 hours, whatever the session timezone", async () => {
    // Customers and orders up to two hours either side of a whole number
    // of days ago, where a daylight-saving hour would move the threshold.
    const container = getContainer()
    const [spec] = fc.sample(worldSpec, { seed, numRuns: 1 })
    const world = await createWorld(container, spec, "dst")
    const times = [
      ...world.customers.map((c) => c.created_at),
      ...world.orders.filter((o) => o.counted).map((o) => o.created_at),
    ]
    const near = times
      .map((t) => (world.now - t) / DAY)
      .filter((days) => days >= 0.5 && Math.abs(days - Math.round(days)) < 2 / 24)
      .map(Math.round)
    expect(near.length).toBeGreaterThan(0)
    // Every one of them, each way, in every session timezone: the band
    // is an hour wide, too narrow for random picks to find reliably.
    for (const days of new Set(near)) {
      const conditions: Record<string, unknown>[] = [
        { field: "created_at", op: "in_last_days", value: days },
        { field: "created_at", op: "not_in_last_days", value: days },
        { field: "last_order_at", op: "in_last_days", value: days },
        { field: "first_order_at", op: "not_in_last_days", value: days },
        { field: "order_count", op: "gte", value: 1, window: { days } },
        {
          field: "purchased_product",
          op: "not_in",
          value: world.products.map((p) => p.id),
          window: { days },
        },
      ]
      for (const condition of conditions) {
        for (const sessionTimezone of SESSION_TIMEZONES) {
          await expectSameMembers(container, world, { all: [condition] }, sessionTimezone)
        }
      }
    }
  })

  it("accepted dates always run: no date the validator lets through is refused by PostgreSQL", async () => {
    const container = getContainer()
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, "0"))
    const dateLike = fc
      .tuple(
        fc.oneof(digits(4), fc.constantFrom("0000", "0001", "9999", "2026")),
        fc.oneof(digits(2), fc.constantFrom("02", "12", "13")),
        fc.oneof(digits(2), fc.constantFrom("28", "29", "30", "31", "00")),
        fc.option(
          fc.tuple(
            digits(2),
            digits(2),
            fc.constantFrom(
              "Z",
              "+00:00",
              "+14:00",
              "-12:00",
              "+15:59",
              "-23:59",
              "+0530",
              "+99:99"
            )
          ),
          { nil: null }
        )
      )
      .map(([y, m, d, time]) => `${y}-${m}-${d}${time ? `T${time[0]}:${time[1]}${time[2]}` : ""}`)
    const timezones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
    await fc.assert(
      fc.asyncProperty(dateLike, fc.constantFrom(...timezones), async (date, timezone) => {
        const parsed = parseSegmentRules({
          any: [
            { field: "created_at", op: "after", value: date },
            { field: "last_order_at", op: "between", value: [date, date] },
            { field: "order_count", op: "gte", value: 1, window: { from: date, to: date } },
            { field: "purchased_product", op: "in", value: ["p"], window: { to: date } },
          ],
        })
        if (parsed.errors) return
        const statement = compileSegmentRules(parsed.rules, {
          timezone,
          now: new Date(),
          marketing_consent_key: "marketing_consent",
        })
        await selected(container, statement, "UTC")
      }),
      { seed, numRuns: 300 }
    )
  })
}

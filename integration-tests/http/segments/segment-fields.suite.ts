import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { createAdminUser } from "../../helpers/auth"
import { createSegmentWorld, dayAgo, SegmentWorld } from "./fixtures"

type Who = keyof SegmentWorld["customers"]

/**
 * One test per segment field against real orders, products, groups, flags
 * and loyalty accounts: each condition is previewed and must select exactly
 * the expected customers of the world in ./fixtures.
 */
const cases: [string, (w: SegmentWorld) => Record<string, unknown>, Who[]][] = [
  [
    "total_spent (at least)",
    () => ({ field: "total_spent", op: "gte", value: 1000, currency_code: "SEK" }),
    ["ada"],
  ],
  [
    "total_spent (below, counting customers without orders)",
    () => ({ field: "total_spent", op: "lt", value: 500, currency_code: "sek" }),
    ["bob", "cy", "dee", "eve"],
  ],
  [
    "total_spent in a window",
    () => ({
      field: "total_spent",
      op: "gt",
      value: 0,
      currency_code: "sek",
      window: { days: 365 },
    }),
    ["ada"],
  ],
  ["order_count", () => ({ field: "order_count", op: "eq", value: 0 }), ["dee", "eve"]],
  [
    "order_count in a currency and window",
    () => ({
      field: "order_count",
      op: "gte",
      value: 1,
      currency_code: "eur",
      window: { from: dayAgo(1), to: dayAgo(0) },
    }),
    ["cy"],
  ],
  [
    "first_order_at",
    () => ({ field: "first_order_at", op: "before", value: dayAgo(100) }),
    ["bob"],
  ],
  ["first_order_at exists", () => ({ field: "first_order_at", op: "not_exists" }), ["dee", "eve"]],
  ["last_order_at", () => ({ field: "last_order_at", op: "not_in_last_days", value: 30 }), ["bob"]],
  [
    "purchased_product",
    (w) => ({
      field: "purchased_product",
      op: "in",
      value: [w.catalog.espresso.id],
      min_quantity: 2,
    }),
    ["ada"],
  ],
  [
    "purchased_product below a quantity",
    (w) => ({
      field: "purchased_product",
      op: "in",
      value: [w.catalog.espresso.id],
      min_quantity: 3,
    }),
    [],
  ],
  [
    "purchased_variant in a window",
    (w) => ({
      field: "purchased_variant",
      op: "in",
      value: [w.catalog.greenTea.variant_id],
      window: { days: 365 },
    }),
    [],
  ],
  [
    "purchased_variant not bought",
    (w) => ({ field: "purchased_variant", op: "not_in", value: [w.catalog.greenTea.variant_id] }),
    ["ada", "cy", "dee", "eve"],
  ],
  [
    "purchased_collection",
    (w) => ({ field: "purchased_collection", op: "in", value: [w.catalog.coffee.id] }),
    ["ada"],
  ],
  [
    "purchased_category (with subcategories)",
    (w) => ({ field: "purchased_category", op: "in", value: [w.catalog.drinks.id] }),
    ["bob"],
  ],
  ["has_flag", (w) => ({ field: "has_flag", op: "in", value: [w.vip.id] }), ["dee"]],
  [
    "customer_group",
    (w) => ({ field: "customer_group", op: "not_in", value: [w.wholesale.id] }),
    ["ada", "bob", "cy", "eve"],
  ],
  ["points_balance", () => ({ field: "points_balance", op: "gte", value: 500 }), ["eve"]],
  [
    "lifetime_points",
    () => ({ field: "lifetime_points", op: "between", value: [1000, 2000] }),
    ["eve"],
  ],
  ["tier", (w) => ({ field: "tier", op: "in", value: [w.gold.id] }), ["eve"]],
  ["created_at", () => ({ field: "created_at", op: "before", value: dayAgo(365) }), ["dee"]],
  ["email_domain", () => ({ field: "email_domain", op: "eq", value: "CORP.com" }), ["bob", "dee"]],
  ["has_account", () => ({ field: "has_account", op: "eq", value: true }), ["ada"]],
  ["marketing_consent", () => ({ field: "marketing_consent", op: "eq", value: true }), ["ada"]],
  ["metadata", () => ({ field: "metadata", key: "tier", op: "eq", value: "gold" }), ["ada"]],
]

export function segmentFieldsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let world: SegmentWorld

  sharedFixtures(options, async () => {
    const container = getContainer()
    admin = await createAdminUser(container)
    world = await createSegmentWorld(container, api, admin)
  })

  const nameOf = (id: string) =>
    Object.entries(world.customers).find(([, customer]) => customer.id === id)?.[0]

  it.each(cases)("selects by %s", async (_, condition, expected) => {
    const { data } = await api.post(
      "/admin/segments/preview",
      { rules: { all: [condition(world)] } },
      admin
    )
    expect(data.timezone).toBe("UTC")
    expect(data.count).toBe(expected.length)
    expect(data.sample.map((c: { id: string }) => nameOf(c.id)).sort()).toEqual(
      [...expected].sort()
    )
  })

  it("combines conditions with all / any, nested", async () => {
    const { data } = await api.post(
      "/admin/segments/preview",
      {
        rules: {
          any: [
            {
              all: [
                { field: "email_domain", op: "eq", value: "corp.com" },
                { field: "order_count", op: "gte", value: 1 },
              ],
            },
            { field: "points_balance", op: "gt", value: 0 },
          ],
        },
      },
      admin
    )
    expect(data.sample.map((c: { id: string }) => nameOf(c.id)).sort()).toEqual(["bob", "eve"])
  })
}

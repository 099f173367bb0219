import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_INSIGHTS_MODULE } from "../../../src/modules/customer-insights"
import type CustomerInsightsModuleService from "../../../src/modules/customer-insights/service"
import { createCustomerBenefitWorkflow } from "../../../src/workflows/benefits"
import {
  assignCustomerFlagsWorkflow,
  createCustomerFlagsWorkflow,
  removeCustomerFlagsWorkflow,
} from "../../../src/workflows/customer-flags"
import { adjustPointsWorkflow } from "../../../src/workflows/loyalty"
import { createLoyaltyTierWorkflow } from "../../../src/workflows/loyalty-config"
import { AuthHeaders } from "../../helpers/auth"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { loyaltyOf } from "../loyalty-ledger/fixtures"

export const insightsOf = (container: MedusaContainer) =>
  container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)

/** Every table the plugin's two modules keep. */
export const PLUGIN_TABLES = [
  "customer_flag",
  "customer_flag_assignment",
  "customer_segment",
  "customer_segment_membership",
  "customer_benefit",
  "customer_benefit_usage",
  "product_sale_start",
  "loyalty_account",
  "loyalty_account_member",
  "loyalty_entry",
  "loyalty_redemption",
  "loyalty_reward",
  "loyalty_settings",
  "loyalty_tier",
  "loyalty_earn_rule",
  "customer_business_profile",
  "customer_note",
  "customer_sales_stats",
  "customer_order_fact",
  "customer_order_line_fact",
]

export async function sql<T = Record<string, unknown>>(
  container: MedusaContainer,
  text: string,
  bindings: unknown[] = []
): Promise<T[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return (await knex.raw(text, bindings as Knex.RawBinding[])).rows as T[]
}

/** Rows of any plugin table whose text (every column, JSON too) contains `needle`. */
export async function rowsMentioning(container: MedusaContainer, needle: string) {
  const found: Record<string, number> = {}
  for (const table of PLUGIN_TABLES) {
    const [{ count }] = await sql<{ count: number }>(
      container,
      `SELECT count(*)::int AS count FROM ${table} t WHERE t::text ILIKE '%' || ? || '%'`,
      [needle]
    )
    if (count) {
      found[table] = count
    }
  }
  return found
}

/** Every plugin row (but `updated_at`), to compare before and after a rolled-back workflow. */
export async function snapshotPluginTables(container: MedusaContainer) {
  const snapshot: Record<string, unknown[]> = {}
  for (const table of PLUGIN_TABLES) {
    snapshot[table] = (
      await sql<{ row: unknown }>(
        container,
        `SELECT to_jsonb(t) - 'updated_at' AS row FROM ${table} t ORDER BY (to_jsonb(t) - 'updated_at')::text`
      )
    ).map((r) => r.row)
  }
  return snapshot
}

export const groupsOf = async (container: MedusaContainer, customerId: string) =>
  (
    await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroupCustomers({ customer_id: customerId })
  )
    .map((m) => m.customer_group_id)
    .sort()

/**
 * Vera holds everything the plugin can hold on a customer: an active flag
 * (with a note) and an ended one, Gold tier points in a membership of her
 * own (a manual adjustment whose text names her, an order's points, a
 * redemption), a segment membership, benefit usage, a B2B profile, staff
 * notes (one edited, one deleted), order facts and sales figures. Otto, her neighbour,
 * shares the segment and the flag, so what is his must stay.
 */
export async function createCustomerWorld(
  container: MedusaContainer,
  api: MedusaSuiteOptions["api"],
  admin: AuthHeaders & { user: { id: string } }
) {
  const [vera, otto] = await container.resolve(Modules.CUSTOMER).createCustomers([
    { email: "vera.lind@forget.example", first_name: "Vera", last_name: "Lind" },
    { email: "otto@forget.example", first_name: "Otto" },
  ])
  const loyalty = loyaltyOf(container)

  const { result: flags } = await createCustomerFlagsWorkflow(container).run({
    input: {
      flags: [
        { name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" },
        { name: "Press", abbreviation: "PR", icon: "Newspaper", color: "#2563EB" },
      ],
    },
  })
  const [vip, press] = flags
  await assignCustomerFlagsWorkflow(container).run({
    input: {
      assignments: [
        { flag_id: vip.id, customer_id: vera.id, note: "Vera Lind's season ticket" },
        { flag_id: vip.id, customer_id: otto.id },
        { flag_id: press.id, customer_id: vera.id },
      ],
      source: "manual",
      assigned_by: admin.user.id,
    },
  })
  await removeCustomerFlagsWorkflow(container).run({
    input: { pairs: [{ flag_id: press.id, customer_id: vera.id }], removed_by: admin.user.id },
  })

  const { result: gold } = await createLoyaltyTierWorkflow(container).run({
    input: { name: "Gold", min_points: 100, basis: "lifetime", rank: 1 },
  })
  // Through the admin route with an Idempotency-Key, which the ledger keeps scoped to her id.
  await api.post(
    `/admin/customers/${vera.id}/loyalty/adjustments`,
    { points: 150, description: "Welcome gift for Vera Lind" },
    { headers: { ...admin.headers, "Idempotency-Key": "welcome-1" } }
  )
  await adjustPointsWorkflow(container).run({
    input: { customer_id: otto.id, points: 120, description: "Welcome", idempotency_key: "adj-2" },
  })
  const [veraMember] = await loyalty.listLoyaltyAccountMembers({ customer_id: vera.id })
  const accountId = veraMember.account_id as string
  await loyalty.creditPoints({
    account_id: accountId,
    customer_id: vera.id,
    type: "earn",
    points: 40,
    source: "order",
    source_id: "order_01",
    idempotency_key: "order:order_01:earn",
    description: "Order #12",
  })
  await loyalty.createLoyaltyRedemptions({
    account_id: accountId,
    customer_id: vera.id,
    reward_id: "lrwd_tote",
    points: 50,
    kind: "promotion_code",
    amount: 50,
    currency_code: "sek",
    code: "LOYAL-7KQ2M",
  })

  const segment = (
    await api.post(
      "/admin/segments",
      {
        name: "Forget example",
        rules: { all: [{ field: "email_domain", op: "eq", value: "forget.example" }] },
      },
      admin
    )
  ).data.segment
  await api.post(`/admin/segments/${segment.id}/refresh`, {}, admin)

  const { result: offer } = await createCustomerBenefitWorkflow(container).run({
    input: { flag_id: vip.id, kind: "offer_link", title: "Members' evening", code: "EVENING" },
  })
  await loyalty.createCustomerBenefitUsages({
    benefit_id: offer.id,
    customer_id: vera.id,
    product_id: "prod_gala",
    quantity: 2,
    order_id: "order_01",
  })

  const base = `/admin/customers/${vera.id}`
  await api.post(
    `${base}/b2b-profile`,
    {
      company: "Lind Konsult AB",
      organisation_number: "556677-8899",
      allowed_outstanding_amount: 10000,
      currency_code: "sek",
      risk_rating: "medium",
    },
    admin
  )
  const edited = (await api.post(`${base}/notes`, { body: "Vera prefers email" }, admin)).data.note
  await api.post(`${base}/notes/${edited.id}`, { body: "Vera prefers phone calls" }, admin)
  const deleted = (await api.post(`${base}/notes`, { body: "Vera's husband called" }, admin)).data
    .note
  await api.delete(`${base}/notes/${deleted.id}`, admin)
  await api.post(`/admin/customers/${otto.id}/notes`, { body: "Otto's note" }, admin)
  await insightsOf(container).createCustomerSalesStats({
    customer_id: vera.id,
    currency_code: "sek",
    sales_total: 2450,
    order_count: 2,
    first_order_at: new Date("2026-01-10T10:00:00Z"),
    last_order_at: new Date("2026-10-01T10:00:00Z"),
  })
  const fact = (order_id: string, customer_id: string, placed_at: string, total: number) => ({
    order_id,
    customer_id,
    placed_at: new Date(placed_at),
    currency_code: "sek",
    total,
    item_count: 2,
  })
  await insightsOf(container).createCustomerOrderFacts([
    fact("order_01", vera.id, "2026-01-10T10:00:00Z", 1200),
    fact("order_02", vera.id, "2026-10-01T10:00:00Z", 1250),
    fact("order_03", otto.id, "2026-10-02T10:00:00Z", 99),
  ])
  await insightsOf(container).createCustomerOrderLineFacts([
    {
      item_id: "ordli_01",
      order_id: "order_01",
      customer_id: vera.id,
      placed_at: new Date("2026-01-10T10:00:00Z"),
      product_id: "prod_gala",
      variant_id: null,
      quantity: 2,
    },
    {
      item_id: "ordli_03",
      order_id: "order_03",
      customer_id: otto.id,
      placed_at: new Date("2026-10-02T10:00:00Z"),
      product_id: "prod_gala",
      variant_id: null,
      quantity: 2,
    },
  ])

  return { vera, otto, vip, press, gold, segment, offer, account_id: accountId }
}

export type CustomerWorld = Awaited<ReturnType<typeof createCustomerWorld>>

import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { createCustomerWorld, CustomerWorld } from "./fixtures"

/**
 * `GET /admin/customers/:id/loyalty-data-export`: the lists this suite reads
 * field by field; the rest it compares whole.
 */
type DataExport = Record<string, unknown> & {
  flag_assignments: {
    flag: { name: string }
    note: string | null
    removed_at: string | null
    removal_reason: string | null
  }[]
  loyalty_accounts: {
    entries: { type: string; points: number; description: string | null }[]
    redemptions: unknown
  }[]
  notes: {
    body: string
    revisions: { body: string }[] | null
    deleted_at: string | null
    author: { email: string }
  }[]
  order_facts: { order_id: string; total: number }[]
}

export function dataExportTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let admin: Awaited<ReturnType<typeof createAdminUser>>
  let world: CustomerWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    world = await createCustomerWorld(container, api, admin)
  })

  it("gives everything the plugin holds on one customer as a JSON file", async () => {
    const { vera, otto } = world
    const response = await api.get(`/admin/customers/${vera.id}/loyalty-data-export`, admin)
    expect(response.status).toBe(200)
    expect(response.headers["content-type"]).toMatch(/application\/json/)
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="customer-${vera.id}-loyalty-data.json"`
    )
    const data: DataExport = response.data

    expect(data.exported_at).toEqual(expect.any(String))
    expect(data.customer).toEqual(
      expect.objectContaining({
        id: vera.id,
        email: "vera.lind@forget.example",
        first_name: "Vera",
        last_name: "Lind",
      })
    )

    // Flags, the ended one too, with staff's note. Both were given in one
    // workflow (the same created_at), so their order is the ids' chance.
    expect(
      data.flag_assignments
        .map((a) => [a.flag.name, a.note, a.removed_at === null, a.removal_reason])
        .sort()
    ).toEqual([
      ["Press", null, false, "removed"],
      ["VIP", "Vera Lind's season ticket", true, null],
    ])

    // The membership whole: members, every entry, redemptions.
    expect(data.loyalty_accounts).toHaveLength(1)
    const [account] = data.loyalty_accounts
    expect(account).toEqual(
      expect.objectContaining({
        id: world.account_id,
        member_number: expect.any(String),
        status: "active",
        points_available: 190,
        tier_id: world.gold.id,
        members: [{ customer_id: vera.id, joined_at: expect.any(String), left_at: null }],
      })
    )
    expect(account.entries.map((e) => [e.type, e.points, e.description])).toEqual([
      ["adjust", 150, "Welcome gift for Vera Lind"],
      ["earn", 40, "Order #12"],
    ])
    expect(account.redemptions).toEqual([
      expect.objectContaining({
        customer_id: vera.id,
        points: 50,
        amount: 50,
        currency_code: "sek",
        code: "LOYAL-7KQ2M",
      }),
    ])

    expect(data.segment_memberships).toEqual([
      expect.objectContaining({
        segment_id: world.segment.id,
        entered_at: expect.any(String),
        left_at: null,
        segment: { id: world.segment.id, name: "Forget example" },
      }),
    ])
    expect(data.benefit_usage).toEqual([
      expect.objectContaining({
        customer_id: vera.id,
        product_id: "prod_gala",
        quantity: 2,
        order_id: "order_01",
        benefit: { id: world.offer.id, title: "Members' evening", kind: "offer_link" },
      }),
    ])
    expect(data.b2b_profile).toEqual(
      expect.objectContaining({
        company: "Lind Konsult AB",
        organisation_number: "556677-8899",
        allowed_outstanding_amount: 10000,
        currency_code: "sek",
        risk_rating: "medium",
      })
    )

    // Notes with their earlier texts, deleted ones too, and who wrote them.
    expect(
      data.notes.map((n) => ({
        body: n.body,
        revisions: n.revisions?.map((r) => r.body) ?? null,
        deleted: n.deleted_at !== null,
        author: n.author.email,
      }))
    ).toEqual([
      {
        body: "Vera prefers phone calls",
        revisions: ["Vera prefers email"],
        deleted: false,
        author: "admin@example.com",
      },
      {
        body: "Vera's husband called",
        revisions: null,
        deleted: true,
        author: "admin@example.com",
      },
    ])
    expect(data.sales_stats).toEqual([
      expect.objectContaining({ currency_code: "sek", sales_total: 2450, order_count: 2 }),
    ])
    expect(data.order_facts.map((f) => [f.order_id, f.total])).toEqual([
      ["order_01", 1200],
      ["order_02", 1250],
    ])
    expect(data.order_line_facts).toEqual([
      expect.objectContaining({ order_id: "order_01", product_id: "prod_gala", quantity: 2 }),
    ])

    // Nothing of her neighbour's.
    const text = JSON.stringify(data)
    expect(text).not.toContain(otto.id)
    expect(text).not.toContain("Otto")
  })

  it("answers 404 for an unknown customer and 401 without an admin", async () => {
    await expectError(
      api.get("/admin/customers/cus_unknown/loyalty-data-export", admin),
      404,
      /Customer with id: cus_unknown was not found/
    )
    await expectError(
      api.get(`/admin/customers/${world.vera.id}/loyalty-data-export`),
      401,
      /Unauthorized/
    )
  })
}

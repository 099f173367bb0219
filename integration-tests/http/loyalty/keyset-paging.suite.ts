import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  AuthHeaders,
  createAdminUser,
  createPublishableKey,
  createStoreCustomer,
} from "../../helpers/auth"
import { expectErrors, loyaltyService } from "./helpers"

/** A page of any of the lists paged by cursor: its rows under the list's own key. */
type CursorPage = { next_cursor: string | null } & Record<string, { id: string }[]>

/**
 * Many entries on few timestamps: groups of four share a `created_at`
 * exactly, and neighbouring groups differ by one microsecond, so a cursor
 * that lost the microseconds or ignored the id would skip or repeat rows.
 */
const timestampOf = (index: number) => {
  const group = Math.floor(index / 4)
  const micros = String(group % 3).padStart(6, "0")
  return `2026-03-${String(10 + Math.floor(group / 3)).padStart(2, "0")}T10:00:00.${micros}Z`
}

export function keysetPagingTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: AuthHeaders
  let shopper: AuthHeaders & { customer: { id: string } }
  let others: { id: string }[]
  let shopperAccount: string
  let shopperNumber: string

  const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

  /** The ids of a list in `(created_at, id)` descending order, straight from SQL. */
  const idsInOrder = async (table: string, where: (q: Knex.QueryBuilder) => void = () => {}) => {
    const query = knex()(table).select("id").whereNull("deleted_at")
    where(query)
    const rows = await query.orderBy([
      { column: "created_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    return rows.map((row: { id: string }) => row.id)
  }

  /** Follows `next_cursor` from the first page to the last; every id seen, in order. */
  const walk = async (path: string, key: string, headers: AuthHeaders, limit: number) => {
    const ids: string[] = []
    const pageSizes: number[] = []
    let cursor: string | null = null
    do {
      const separator = path.includes("?") ? "&" : "?"
      const { data }: { data: CursorPage } = await api.get(
        `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
        headers
      )
      ids.push(...data[key].map((item) => item.id))
      pageSizes.push(data[key].length)
      cursor = data.next_cursor
      expect(pageSizes.length).toBeLessThan(200)
    } while (cursor)
    return { ids, pageSizes }
  }

  sharedFixtures(options, async () => {
    const container = getContainer()
    const service = loyaltyService(container)
    admin = await createAdminUser(container)
    const key = await createPublishableKey(container)
    shopper = await createStoreCustomer(container, key, "pager@example.com")
    others = await container.resolve(Modules.CUSTOMER).createCustomers([
      { email: "pager-1@example.com", first_name: "Ola", last_name: "Page" },
      { email: "pager-2@example.com", first_name: "Pia", last_name: "Page" },
    ])
    const accounts = [
      (await service.ensureLoyaltyAccount(shopper.customer.id)).account_id,
      ...(await Promise.all(
        others.map(async (c) => (await service.ensureLoyaltyAccount(c.id)).account_id)
      )),
    ]
    shopperAccount = accounts[0]
    shopperNumber = (await service.retrieveLoyaltyAccount(shopperAccount)).member_number
    const customers = [shopper.customer.id, ...others.map((c) => c.id)]

    // 45 entries: earns and adjustments over three memberships.
    const dated: [string, string][] = []
    for (let i = 0; i < 45; i++) {
      const { entry } = await service.creditPoints({
        account_id: accounts[i % 3],
        customer_id: customers[i % 3],
        type: i % 5 === 0 ? "adjust" : "earn",
        points: 10 + i,
        source: i % 5 === 0 ? "manual" : "order",
        source_id: `order_page_${i}`,
        idempotency_key: `test:page:${i}`,
      })
      dated.push([entry.id, timestampOf(i)])
    }
    for (const [id, date] of dated) {
      await knex()("loyalty_entry").update({ created_at: date }).where({ id })
    }
    // Memberships: two of the three created at the same instant.
    await knex()("loyalty_account")
      .update({ created_at: "2026-03-01T09:00:00.000001Z" })
      .whereIn("id", accounts.slice(1))
  })

  it("gives every ledger entry of the points report once, in order, page by page", async () => {
    const expected = await idsInOrder("loyalty_entry")
    expect(expected).toHaveLength(45)
    for (const limit of [1, 4, 7, 45, 50]) {
      const { ids, pageSizes } = await walk("/admin/loyalty/entries", "entries", admin, limit)
      expect(ids).toEqual(expected)
      expect(pageSizes.slice(0, -1).every((size) => size === limit)).toBe(true)
    }
    expect(
      (await walk("/admin/loyalty/entries?with_totals=false", "entries", admin, 6)).ids
    ).toEqual(expected)
  })

  it("leaves out the count and totals when asked, for pages that do not need them", async () => {
    const withTotals = (await api.get("/admin/loyalty/entries?limit=3", admin)).data
    const without = (await api.get("/admin/loyalty/entries?limit=3&with_totals=false", admin)).data
    expect(withTotals).toEqual(expect.objectContaining({ count: 45, totals: expect.any(Object) }))
    expect(Object.keys(without).sort()).toEqual(["entries", "limit", "next_cursor", "offset"])
    expect(without.entries).toEqual(withTotals.entries)
    expect(without.next_cursor).toBe(withTotals.next_cursor)
  })

  it("pages the points report by cursor within its filters", async () => {
    const filtered: [string, (q: Knex.QueryBuilder) => void][] = [
      ["?type=earn", (q) => q.where("type", "earn")],
      ["?type=adjust,earn&status=available", (q) => q.whereIn("type", ["adjust", "earn"])],
      [`?customer_id=${others[0].id}`, (q) => q.where("customer_id", others[0].id)],
      [`?q=${shopperNumber}`, (q) => q.where("account_id", shopperAccount)],
      ["?q=pager-2@example", (q) => q.where("customer_id", others[1].id)],
      [
        "?from=2026-03-11&to=2026-03-12",
        (q) =>
          q
            .where("created_at", ">=", "2026-03-11T00:00:00Z")
            .where("created_at", "<", "2026-03-13T00:00:00Z"),
      ],
    ]
    for (const [params, where] of filtered) {
      const expected = await idsInOrder("loyalty_entry", where)
      expect(expected.length).toBeGreaterThan(0)
      const { ids } = await walk(`/admin/loyalty/entries${params}`, "entries", admin, 4)
      expect({ params, ids }).toEqual({ params, ids: expected })
    }
  })

  it("continues from an offset page with its next_cursor, and answers null on the last page", async () => {
    const expected = await idsInOrder("loyalty_entry")
    const first = (await api.get("/admin/loyalty/entries?limit=10&offset=10", admin)).data
    expect(first.entries.map((e: { id: string }) => e.id)).toEqual(expected.slice(10, 20))
    const next = (
      await api.get(`/admin/loyalty/entries?limit=10&cursor=${first.next_cursor}`, admin)
    ).data
    expect(next.entries.map((e: { id: string }) => e.id)).toEqual(expected.slice(20, 30))
    expect(next.count).toBe(45)

    const last = (await api.get("/admin/loyalty/entries?limit=5&offset=40", admin)).data
    expect(last.entries).toHaveLength(5)
    expect(last.next_cursor).toBeNull()
    const past = (await api.get("/admin/loyalty/entries?limit=5&offset=10000", admin)).data
    expect(past).toEqual(expect.objectContaining({ entries: [], next_cursor: null }))
  })

  it("pages a member's history by cursor in the admin and the store, with a type filter", async () => {
    const ofShopper = (q: Knex.QueryBuilder) => q.where("account_id", shopperAccount)
    const all = await idsInOrder("loyalty_entry", ofShopper)
    const earns = await idsInOrder("loyalty_entry", (q) => ofShopper(q.where("type", "earn")))
    expect(all).toHaveLength(15)

    const adminPath = `/admin/customers/${shopper.customer.id}/loyalty/entries`
    expect((await walk(adminPath, "entries", admin, 2)).ids).toEqual(all)
    expect((await walk(`${adminPath}?type=earn`, "entries", admin, 5)).ids).toEqual(earns)
    expect((await walk("/store/customers/me/loyalty/entries", "entries", shopper, 3)).ids).toEqual(
      all
    )
    expect(
      (await walk("/store/customers/me/loyalty/entries?type=earn", "entries", shopper, 4)).ids
    ).toEqual(earns)

    // A cursor from another list only positions this one: it never reveals other entries.
    const otherCursor = (await api.get("/admin/loyalty/entries?limit=1", admin)).data.next_cursor
    const store = (
      await api.get(`/store/customers/me/loyalty/entries?cursor=${otherCursor}`, shopper)
    ).data
    expect(store.entries.every((e: { id: string }) => all.includes(e.id))).toBe(true)
  })

  it("pages the memberships list by cursor, with a search", async () => {
    const expected = await idsInOrder("loyalty_account")
    expect(expected).toHaveLength(3)
    expect((await walk("/admin/loyalty/accounts", "loyalty_accounts", admin, 1)).ids).toEqual(
      expected
    )
    expect(
      (await walk("/admin/loyalty/accounts?q=pager", "loyalty_accounts", admin, 2)).ids
    ).toEqual(expected)
    // The two memberships created at the same instant, told apart by id.
    expect(
      (await walk("/admin/loyalty/accounts?q=pager-", "loyalty_accounts", admin, 1)).ids
    ).toEqual(expected.filter((id) => id !== shopperAccount))
  })

  it("answers 400 naming the field for a bad cursor, a cursor with an offset, and an offset past 10,000", async () => {
    const lists = [
      ["report", "/admin/loyalty/entries", admin],
      ["history", `/admin/customers/${shopper.customer.id}/loyalty/entries`, admin],
      ["store history", "/store/customers/me/loyalty/entries", shopper],
      ["accounts", "/admin/loyalty/accounts", admin],
    ] as const
    const good = (await api.get("/admin/loyalty/entries?limit=1", admin)).data.next_cursor
    const encode = (text: string) => Buffer.from(text).toString("base64url")
    const badCursors = [
      "not-a-cursor",
      "%2B%2F%3D",
      encode("2026-03-10T10:00:00Z|lent_1"),
      encode("2026-02-30T10:00:00.000000Z|lent_1"),
      encode("2026-03-10T10:00:00.000000Z|x' OR 1=1 --"),
      encode("2026-03-10T10:00:00.000000Z"),
      "A".repeat(5000),
    ]
    const cases: [string, () => Promise<unknown>, RegExp][] = []
    for (const [name, path, headers] of lists) {
      for (const cursor of badCursors) {
        cases.push([
          `${name} cursor=${cursor.slice(0, 20)}`,
          () => api.get(`${path}?cursor=${cursor}`, headers),
          /field 'cursor'/i,
        ])
      }
      cases.push([
        `${name} two cursors`,
        () => api.get(`${path}?cursor=${good}&cursor=${good}`, headers),
        /field 'cursor'/i,
      ])
      cases.push([
        `${name} cursor and offset`,
        () => api.get(`${path}?cursor=${good}&offset=5`, headers),
        /field 'offset'.*cursor/i,
      ])
      for (const offset of ["10001", "1e308", "-1", "1.5", "abc"]) {
        cases.push([
          `${name} offset=${offset}`,
          () => api.get(`${path}?offset=${offset}`, headers),
          /field 'offset'/i,
        ])
      }
      if (name === "report") {
        cases.push([
          `${name} with_totals=maybe`,
          () => api.get(`${path}?with_totals=maybe`, headers),
          /field 'with_totals'/i,
        ])
      }
      cases.push([
        `${name} offset past the cap suggests the cursor`,
        () => api.get(`${path}?offset=10001`, headers),
        /cursor/,
      ])
    }
    await expectErrors(cases)
  })
}

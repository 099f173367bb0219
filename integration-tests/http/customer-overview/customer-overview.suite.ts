import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { readWorkbook, sheetHeaders, sheetRecords, XLSX_CONTENT_TYPE } from "../../helpers/xlsx"
import { createOverviewWorld, emails, insightsOf, OverviewWorld } from "./fixtures"

const DAY = 24 * 60 * 60 * 1000

/** `GET /admin/customer-overview`: the fields this suite reads one by one. */
type OverviewPage = {
  customers: {
    id: string
    email: string
    sales_total: number
    currency_code: string
    last_order_at: string | null
    flags: unknown[]
  }[]
  count: number
  limit: number
}

export function customerOverviewTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string>; user: { id: string } }
  let container: MedusaContainer
  let world: OverviewWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    world = await createOverviewWorld(container, api, admin)
  })

  const list = async (query = ""): Promise<OverviewPage> =>
    (await api.get(`/admin/customer-overview${query}`, admin)).data
  const listEmails = async (query = "") => emails((await list(query)).customers)

  /**
   * What each customer shows in SEK, written out by hand: the order of
   * each sort is worked out from these, ties by id.
   */
  const expected = () => {
    const { ada, bob, cy, dee, eve } = world.customers
    return [
      {
        id: ada.id,
        email: "ada@shop.se",
        name: ["ada", "lovelace"],
        company: null,
        sales_total: 1300,
        order_count: 2,
        last_order_at: 0,
        points: null,
        tier: null,
        created_at: 0,
      },
      {
        id: bob.id,
        email: "bob@corp.com",
        name: ["bob", null],
        company: "corp & co",
        sales_total: 200,
        order_count: 1,
        last_order_at: -400,
        points: null,
        tier: null,
        created_at: 0,
      },
      {
        id: cy.id,
        email: "cy@shop.se",
        name: ["cy", null],
        company: null,
        sales_total: 0,
        order_count: 0,
        last_order_at: null,
        points: null,
        tier: null,
        created_at: 0,
      },
      {
        id: dee.id,
        email: "dee@corp.com",
        name: ["dee", null],
        company: null,
        sales_total: 0,
        order_count: 0,
        last_order_at: null,
        points: null,
        tier: null,
        created_at: -730,
      },
      {
        id: eve.id,
        email: "eve@shop.se",
        name: ["eve", null],
        company: null,
        sales_total: 0,
        order_count: 0,
        last_order_at: null,
        points: 500,
        tier: 1,
        created_at: 0,
      },
    ]
  }
  type Expected = ReturnType<typeof expected>[number]

  /** Nulls last either way; ties by id in the same direction. */
  const expectedOrder = (
    keys: (row: Expected) => (string | number | null)[],
    descending: boolean
  ) =>
    [...expected()]
      .sort((a, b) => {
        const [ka, kb] = [keys(a), keys(b)]
        for (let i = 0; i < ka.length; i++) {
          if (ka[i] === kb[i]) continue
          if (ka[i] === null) return 1
          if (kb[i] === null) return -1
          return (ka[i]! < kb[i]! ? -1 : 1) * (descending ? -1 : 1)
        }
        return (a.id < b.id ? -1 : 1) * (descending ? -1 : 1)
      })
      .map((row) => row.email)

  describe("GET /admin/customer-overview", () => {
    it("lists every customer with sales in the store's currency, biggest spenders first", async () => {
      const { ada, bob, dee, eve } = world.customers
      const data = await list()
      expect(data).toEqual(expect.objectContaining({ count: 5, offset: 0, limit: 50 }))
      expect(emails(data.customers).slice(0, 2)).toEqual(["ada@shop.se", "bob@corp.com"])
      const byEmail = Object.fromEntries(data.customers.map((c) => [c.email, c]))
      expect(byEmail["ada@shop.se"]).toEqual({
        id: ada.id,
        email: "ada@shop.se",
        first_name: "Ada",
        last_name: "Lovelace",
        company: null,
        currency_code: "sek",
        sales_total: 1300,
        order_count: 2,
        last_order_at: expect.any(String),
        flags: [],
        points_available: null,
        tier: null,
        has_account: true,
        marketing_consent: true,
        created_at: expect.any(String),
      })
      expect(Date.now() - new Date(byEmail["ada@shop.se"].last_order_at!).getTime()).toBeLessThan(
        DAY
      )
      expect(byEmail["bob@corp.com"]).toEqual(
        expect.objectContaining({
          id: bob.id,
          company: "Corp & Co",
          sales_total: 200,
          order_count: 1,
          has_account: false,
          marketing_consent: false,
        })
      )
      // No orders (in SEK): 0 and 0, no last order.
      expect(byEmail["cy@shop.se"]).toEqual(
        expect.objectContaining({ sales_total: 0, order_count: 0, last_order_at: null })
      )
      expect(byEmail["dee@corp.com"].flags).toEqual([
        { id: world.vip.id, name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" },
      ])
      expect(byEmail["dee@corp.com"].id).toBe(dee.id)
      expect(byEmail["eve@shop.se"]).toEqual(
        expect.objectContaining({
          id: eve.id,
          points_available: 500,
          tier: { id: world.gold.id, name: "Gold" },
          marketing_consent: false,
        })
      )
    })

    it("shows another currency's figures with currency_code", async () => {
      const data = await list("?currency_code=EUR")
      expect(data.customers[0]).toEqual(
        expect.objectContaining({
          email: "cy@shop.se",
          currency_code: "eur",
          sales_total: 100,
          order_count: 1,
        })
      )
      expect(
        data.customers.slice(1).every((c) => c.sales_total === 0 && c.currency_code === "eur")
      ).toBe(true)
    })

    it("sorts by each column, both ways, nulls last and ties by id", async () => {
      const keys: Record<string, (row: Expected) => (string | number | null)[]> = {
        name: (r) => r.name,
        email: (r) => [r.email],
        company: (r) => [r.company],
        sales_total: (r) => [r.sales_total],
        order_count: (r) => [r.order_count],
        last_order_at: (r) => [r.last_order_at],
        points: (r) => [r.points],
        tier: (r) => [r.tier],
        created_at: (r) => [r.created_at],
      }
      for (const [field, key] of Object.entries(keys)) {
        for (const descending of [false, true]) {
          const order = `${descending ? "-" : ""}${field}`
          // created_at: four customers were made at (nearly) the same
          // moment, so only the backdated one has a certain place.
          if (field === "created_at") {
            const got = await listEmails(`?order=${order}`)
            expect(got.indexOf("dee@corp.com")).toBe(descending ? 4 : 0)
            continue
          }
          expect({ order, emails: await listEmails(`?order=${order}`) }).toEqual({
            order,
            emails: expectedOrder(key, descending),
          })
        }
      }
    })

    it("filters by a search in the name, email or company", async () => {
      expect(await listEmails("?q=LOVELACE")).toEqual(["ada@shop.se"])
      expect(await listEmails("?q=ada%20love")).toEqual(["ada@shop.se"])
      expect(await listEmails("?q=corp.com&order=email")).toEqual(["bob@corp.com", "dee@corp.com"])
      expect(await listEmails("?q=corp%20%26%20co")).toEqual(["bob@corp.com"])
      // LIKE wildcards are plain characters.
      expect(await listEmails("?q=%25")).toEqual([])
      expect(await listEmails("?q=_")).toEqual([])
      expect((await list("?q=nobody")).count).toBe(0)
    })

    it("filters by flags (any of them), active ones only", async () => {
      expect(await listEmails(`?flag_id=${world.vip.id}`)).toEqual(["dee@corp.com"])
      const press = (
        await api.post(
          "/admin/customer-flags",
          { name: "Press", abbreviation: "PR", icon: "Star", color: "#2563EB" },
          admin
        )
      ).data.customer_flag
      await api.post(
        `/admin/customers/${world.customers.cy.id}/flags`,
        { flag_id: press.id },
        admin
      )
      expect(await listEmails(`?flag_id=${world.vip.id},${press.id}&order=email`)).toEqual([
        "cy@shop.se",
        "dee@corp.com",
      ])
      expect(await listEmails(`?flag_id=${world.vip.id}&flag_id=${press.id}&order=email`)).toEqual([
        "cy@shop.se",
        "dee@corp.com",
      ])
      await api.delete(`/admin/customers/${world.customers.dee.id}/flags/${world.vip.id}`, admin)
      expect(await listEmails(`?flag_id=${world.vip.id}`)).toEqual([])
      expect((await list(`?q=dee`)).customers[0].flags).toEqual([])
    })

    it("filters by segment, tier, account and sales range", async () => {
      expect(await listEmails(`?segment_id=${world.segment.id}`)).toEqual(["ada@shop.se"])
      expect(await listEmails(`?tier_id=${world.gold.id}`)).toEqual(["eve@shop.se"])
      expect(await listEmails("?has_account=true")).toEqual(["ada@shop.se"])
      expect((await listEmails("?has_account=false")).sort()).toEqual([
        "bob@corp.com",
        "cy@shop.se",
        "dee@corp.com",
        "eve@shop.se",
      ])
      expect(await listEmails("?sales_min=200")).toEqual(["ada@shop.se", "bob@corp.com"])
      expect(await listEmails("?sales_min=200.5")).toEqual(["ada@shop.se"])
      expect(await listEmails("?sales_max=200&order=-sales_total")).toEqual(
        expectedOrder((r) => [r.sales_total], true).filter((e) => e !== "ada@shop.se")
      )
      expect(await listEmails("?sales_min=100&sales_max=1299.99")).toEqual(["bob@corp.com"])
      expect(await listEmails("?sales_min=0&sales_max=0&order=email")).toEqual([
        "cy@shop.se",
        "dee@corp.com",
        "eve@shop.se",
      ])
      expect(await listEmails("?currency_code=eur&sales_min=50")).toEqual(["cy@shop.se"])
      // All filters together.
      expect(
        await listEmails(`?segment_id=${world.segment.id}&has_account=true&sales_min=1000&q=ada`)
      ).toEqual(["ada@shop.se"])
      expect(await listEmails(`?segment_id=${world.segment.id}&has_account=false`)).toEqual([])
    })

    it("pages, with the count over the whole filter", async () => {
      const all = await listEmails("?order=email")
      const pages: string[] = []
      for (const offset of [0, 2, 4]) {
        const data = await list(`?order=email&limit=2&offset=${offset}`)
        expect(data).toEqual(expect.objectContaining({ count: 5, limit: 2, offset }))
        pages.push(...emails(data.customers))
      }
      expect(pages).toEqual(all)
      // By sales too, where the first page comes from the index.
      const bySales = await listEmails()
      const salesPages: string[] = []
      for (const offset of [0, 2, 4]) {
        salesPages.push(...(await listEmails(`?limit=2&offset=${offset}`)))
      }
      expect(salesPages).toEqual(bySales)
      expect(await list("?offset=10")).toEqual({ customers: [], count: 5, offset: 10, limit: 50 })
      expect((await list("?limit=200")).limit).toBe(200)
    })

    it("answers 400 naming the field", async () => {
      const bad = (query: string, message: RegExp) =>
        expectError(api.get(`/admin/customer-overview${query}`, admin), 400, message)
      await bad("?limit=201", /limit/)
      await bad("?limit=0", /limit/)
      await bad("?offset=-1", /offset/)
      await bad("?order=shoe_size", /order/)
      await bad("?order=-", /order/)
      await bad("?has_account=maybe", /has_account/)
      await bad("?sales_min=abc", /sales_min/)
      await bad("?sales_max=-5", /sales_max/)
      await bad("?sales_min=10&sales_max=5", /sales_max/)
      await bad("?currency_code=kronor", /currency_code/)
      await bad("?shoe_size=42", /shoe_size/)
      await expectError(api.get("/admin/customer-overview"), 401, /Unauthorized/)
    })
  })

  describe("GET /admin/customer-overview/export", () => {
    // As bytes: axios would drop the BOM from a decoded string.
    const download = async (query = "") => {
      const response = await api.get(`/admin/customer-overview/export${query}`, {
        ...admin,
        responseType: "arraybuffer",
      })
      const bytes = Buffer.from(response.data)
      const text = bytes.toString("utf8")
      return {
        response,
        bytes,
        text,
        rows: parse(text, { bom: true, columns: true }) as Record<string, string>[],
      }
    }

    it("streams every customer as CSV: BOM, header, every field quoted, ISO dates, flags by name", async () => {
      const { response, bytes, text, rows } = await download()
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(response.headers["content-disposition"]).toBe(
        `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.csv"`
      )
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = text.slice(1).trimEnd().split("\r\n")
      expect(lines[0]).toBe(
        '"id","email","first_name","last_name","company","currency_code","sales_total","order_count",' +
          '"last_order_at","flags","points_available","tier","has_account","marketing_consent","created_at"'
      )
      expect(lines).toHaveLength(6)
      // Every field quoted, empty ones too.
      for (const line of lines) {
        expect(line).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/)
      }
      // The list's order (sales, descending) and figures.
      expect(rows.map((r) => r.email)).toEqual(await listEmails())
      const ada = rows.find((r) => r.email === "ada@shop.se")!
      expect(ada).toEqual(
        expect.objectContaining({
          first_name: "Ada",
          last_name: "Lovelace",
          currency_code: "sek",
          sales_total: "1300",
          order_count: "2",
          flags: "",
          points_available: "",
          tier: "",
          has_account: "true",
          marketing_consent: "true",
        })
      )
      expect(ada.last_order_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      expect(ada.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      expect(rows.find((r) => r.email === "bob@corp.com")!.company).toBe("Corp & Co")
      expect(rows.find((r) => r.email === "eve@shop.se")).toEqual(
        expect.objectContaining({ points_available: "500", tier: "Gold" })
      )
    })

    it("joins several flags with ', '", async () => {
      const press = (
        await api.post(
          "/admin/customer-flags",
          { name: "Press", abbreviation: "PR", icon: "Star", color: "#2563EB" },
          admin
        )
      ).data.customer_flag
      await api.post(
        `/admin/customers/${world.customers.dee.id}/flags`,
        { flag_id: press.id },
        admin
      )
      const { rows } = await download(`?flag_id=${world.vip.id}`)
      expect(rows).toEqual([
        expect.objectContaining({ email: "dee@corp.com", flags: "Press, VIP" }),
      ])
    })

    it("escapes cells a spreadsheet would run as a formula", async () => {
      const [mallory] = await container.resolve(Modules.CUSTOMER).createCustomers([
        {
          email: "-mallory@evil.test",
          first_name: '=HYPERLINK("http://evil.test","click")',
          last_name: "+1+1",
        },
      ])
      await insightsOf(container).createCustomerBusinessProfiles({
        customer_id: mallory.id,
        company: '@SUM(A1) "quoted"',
      })
      for (const [field, value] of [
        ["first_name", "\tTab"],
        ["last_name", "\rReturn"],
      ] as const) {
        const [other] = await container
          .resolve(Modules.CUSTOMER)
          .createCustomers([{ email: `${field}@evil.test`, [field]: value }])
        expect(other.id).toBeTruthy()
      }
      const { text, rows } = await download("?q=evil.test&order=email")
      expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`)
      const byEmail = Object.fromEntries(rows.map((r) => [r.email, r]))
      expect(byEmail["'-mallory@evil.test"]).toEqual(
        expect.objectContaining({
          first_name: '\'=HYPERLINK("http://evil.test","click")',
          last_name: "'+1+1",
          company: '\'@SUM(A1) "quoted"',
        })
      )
      expect(byEmail["first_name@evil.test"].first_name).toBe("'\tTab")
      expect(byEmail["last_name@evil.test"].last_name).toBe("'\rReturn")
    })

    it("applies the filters and the order", async () => {
      expect((await download("?q=corp.com&order=-email")).rows.map((r) => r.email)).toEqual([
        "dee@corp.com",
        "bob@corp.com",
      ])
      expect((await download(`?tier_id=${world.gold.id}`)).rows.map((r) => r.email)).toEqual([
        "eve@shop.se",
      ])
      expect((await download("?has_account=true&currency_code=eur")).rows).toEqual([
        expect.objectContaining({
          email: "ada@shop.se",
          currency_code: "eur",
          sales_total: "0",
          order_count: "0",
        }),
      ])
      const none = await download("?q=nobody")
      expect(none.rows).toEqual([])
      expect(none.text.slice(1).trimEnd().split("\r\n")).toHaveLength(1)
      await expectError(api.get("/admin/customer-overview/export?limit=5", admin), 400, /limit/)
      await expectError(api.get("/admin/customer-overview/export?order=nope", admin), 400, /order/)
      await expectError(api.get("/admin/customer-overview/export"), 401, /Unauthorized/)
    })
  })
  describe("GET /admin/customer-overview/export?format=xlsx", () => {
    const workbook = async (query = "") => {
      const response = await api.get(`/admin/customer-overview/export?format=xlsx${query}`, {
        ...admin,
        responseType: "arraybuffer",
      })
      const sheet = (await readWorkbook(response.data)).getWorksheet("Customers")!
      return { response, sheet, rows: sheetRecords(sheet) }
    }

    it("streams the customers as an Excel workbook: the CSV's columns, typed cells", async () => {
      const { response, sheet, rows } = await workbook()
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toBe(XLSX_CONTENT_TYPE)
      expect(response.headers["content-disposition"]).toBe(
        `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.xlsx"`
      )
      expect(sheetHeaders(sheet)).toEqual([
        "id",
        "email",
        "first_name",
        "last_name",
        "company",
        "currency_code",
        "sales_total",
        "order_count",
        "last_order_at",
        "flags",
        "points_available",
        "tier",
        "has_account",
        "marketing_consent",
        "created_at",
      ])
      expect(rows.map((r) => r.email)).toEqual(await listEmails())
      const ada = rows.find((r) => r.email === "ada@shop.se")!
      expect(ada).toEqual(
        expect.objectContaining({
          first_name: "Ada",
          last_name: "Lovelace",
          currency_code: "sek",
          sales_total: 1300,
          order_count: 2,
          last_order_at: expect.any(Date),
          flags: null,
          points_available: null,
          tier: null,
          has_account: true,
          marketing_consent: true,
          created_at: expect.any(Date),
        })
      )
      const { data } = await api.get(`/admin/customers/${world.customers.ada.id}`, admin)
      expect((ada.created_at as Date).toISOString()).toBe(
        new Date(data.customer.created_at).toISOString()
      )
      expect(rows.find((r) => r.email === "eve@shop.se")).toEqual(
        expect.objectContaining({ points_available: 500, tier: "Gold" })
      )
      expect(rows.find((r) => r.email === "bob@corp.com")!.company).toBe("Corp & Co")
    })

    it("escapes text a spreadsheet would run as a formula", async () => {
      await container.resolve(Modules.CUSTOMER).createCustomers([
        {
          email: "-mallory@evil.test",
          first_name: '=HYPERLINK("http://evil.test","click")',
          last_name: "+1+1",
        },
      ])
      const { sheet, rows } = await workbook("&q=evil.test")
      expect(rows).toEqual([
        expect.objectContaining({
          email: "'-mallory@evil.test",
          first_name: '\'=HYPERLINK("http://evil.test","click")',
          last_name: "'+1+1",
        }),
      ])
      const cell = sheet.getRow(2).getCell(3)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeUndefined()
    })

    it("applies the filters and the order, and refuses an unknown format", async () => {
      expect((await workbook("&q=corp.com&order=-email")).rows.map((r) => r.email)).toEqual([
        "dee@corp.com",
        "bob@corp.com",
      ])
      expect((await workbook(`&tier_id=${world.gold.id}`)).rows.map((r) => r.email)).toEqual([
        "eve@shop.se",
      ])
      expect((await workbook("&has_account=true&currency_code=eur")).rows).toEqual([
        expect.objectContaining({
          email: "ada@shop.se",
          currency_code: "eur",
          sales_total: 0,
          order_count: 0,
        }),
      ])
      expect((await workbook("&q=nobody")).rows).toEqual([])
      const csv = await api.get("/admin/customer-overview/export?format=csv&q=corp.com", admin)
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8")
      await expectError(api.get("/admin/customer-overview/export?format=xls", admin), 400, /format/)
      await expectError(
        api.get("/admin/customer-overview/export?format=xlsx&order=nope", admin),
        400,
        /order/
      )
    })
  })
}

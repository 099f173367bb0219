import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { readWorkbook, sheetHeaders, sheetRecords, XLSX_CONTENT_TYPE } from "../../helpers/xlsx"
import { AdminLoyaltyEntryReport, expectErrors, loyaltyService } from "./helpers"

const FORMULA = '=HYPERLINK("http://evil.test","click")'

/** An export read as bytes (`responseType: "arraybuffer"`). */
type Download = { status: number; headers: Record<string, string>; data: ArrayBuffer }

export function loyaltyEntriesReportTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let anna: { id: string }
  let bo: { id: string }
  let annaNumber: string

  /**
   * Two memberships with one entry of every kind, dated in March 2026:
   *   Anna: earn 1000 (Mar 2), redeem -300 (Mar 4), adjust +50 with a
   *   formula for a description (Mar 10), earn 200 (Mar 11) that expires
   *   -200 (Mar 12), reverse -100 (Mar 17). Bo: earn 500 pending (Mar 18).
   */
  const seedLedger = async () => {
    const container = getContainer()
    const service = loyaltyService(container)
    const customers = container.resolve(Modules.CUSTOMER)
    anna = await customers.createCustomers({
      email: "anna@example.com",
      first_name: "Anna",
      last_name: "Berg",
    })
    bo = await customers.createCustomers({
      email: "bo@shop.test",
      first_name: "Bo",
      last_name: "Ek",
    })
    const a = (await service.ensureLoyaltyAccount(anna.id)).account_id
    const b = (await service.ensureLoyaltyAccount(bo.id)).account_id
    annaNumber = (await service.retrieveLoyaltyAccount(a)).member_number

    const dated: [string, string][] = []
    const post = async (date: string, posting: Promise<{ entry: { id: string } }>) =>
      dated.push([(await posting).entry.id, date])
    const common = (key: string) => ({ customer_id: anna.id, idempotency_key: `test:${key}` })

    await post(
      "2026-03-02T10:00:00Z",
      service.creditPoints({
        ...common("earn"),
        account_id: a,
        type: "earn",
        points: 1000,
        source: "order",
        source_id: "order_1",
      })
    )
    await post(
      "2026-03-04T10:00:00Z",
      service.debitPoints({
        ...common("redeem"),
        account_id: a,
        type: "redeem",
        points: 300,
        source: "redemption",
        description: "SEK 50 off",
      })
    )
    await post(
      "2026-03-10T10:00:00Z",
      service.creditPoints({
        ...common("adjust"),
        account_id: a,
        type: "adjust",
        points: 50,
        source: "manual",
        description: FORMULA,
      })
    )
    await post(
      "2026-03-11T10:00:00Z",
      service.creditPoints({
        ...common("short"),
        account_id: a,
        type: "earn",
        points: 200,
        source: "order",
        source_id: "order_2",
        expires_at: new Date(Date.now() - 1000),
      })
    )
    const [expired] = await service.expirePoints(new Date())
    const [expireEntry] = await service.listLoyaltyEntries({
      source_id: expired.id,
      type: "expire",
    })
    dated.push([expireEntry.id, "2026-03-12T10:00:00Z"])
    await post(
      "2026-03-17T10:00:00Z",
      service.reverseEarnedPoints({
        ...common("reverse"),
        account_id: a,
        source: "order",
        source_id: "order_1",
        points: 100,
      })
    )
    await post(
      "2026-03-18T10:00:00Z",
      service.creditPoints({
        account_id: b,
        customer_id: bo.id,
        idempotency_key: "test:bo",
        type: "earn",
        points: 500,
        source: "order",
        source_id: "order_3",
        available_at: new Date(Date.now() + 86_400_000),
      })
    )

    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    for (const [id, date] of dated) {
      await knex("loyalty_entry").update({ created_at: date }).where({ id })
    }
  }

  const report = async (params = ""): Promise<AdminLoyaltyEntryReport> =>
    (await api.get(`/admin/loyalty/entries${params}`, admin)).data

  sharedFixtures(options, async () => {
    admin = await createAdminUser(getContainer())
    await seedLedger()
  })

  describe("GET /admin/loyalty/entries", () => {
    it("lists entries with member and customer, newest first, with totals over the whole filter", async () => {
      const all = await report()
      expect(all.count).toBe(7)
      expect(all.totals).toEqual({
        earned: 1700,
        redeemed: -300,
        adjusted: 50,
        expired: -200,
        reversed: -100,
        net: 1150,
      })
      expect(all.entries.map((e) => e.type)).toEqual([
        "earn",
        "reverse",
        "expire",
        "earn",
        "adjust",
        "redeem",
        "earn",
      ])
      expect(all.entries[0]).toEqual(
        expect.objectContaining({
          type: "earn",
          points: 500,
          status: "pending",
          member_number: expect.stringMatching(/^\d{10}$/),
          customer: { id: bo.id, email: "bo@shop.test", first_name: "Bo", last_name: "Ek" },
          created_at: "2026-03-18T10:00:00.000Z",
        })
      )

      const page = await report("?limit=2&offset=1")
      expect(page).toEqual(expect.objectContaining({ count: 7, limit: 2, offset: 1 }))
      expect(page.entries.map((e) => e.type)).toEqual(["reverse", "expire"])
      expect(page.totals.net).toBe(1150)
    })

    it("filters by type, status, customer, text and dates", async () => {
      const counts = async (params: string) => {
        const { count, totals } = await report(params)
        return { count, net: totals.net }
      }
      expect(await counts("?type=earn")).toEqual({ count: 3, net: 1700 })
      expect(await counts("?type=earn,redeem")).toEqual({ count: 4, net: 1400 })
      expect(await counts("?type=earn&type=expire")).toEqual({ count: 4, net: 1500 })
      expect(await counts("?status=pending")).toEqual({ count: 1, net: 500 })
      expect(await counts(`?customer_id=${bo.id}`)).toEqual({ count: 1, net: 500 })
      expect(await counts(`?q=${annaNumber}`)).toEqual({ count: 6, net: 650 })
      expect(await counts(`?q=${annaNumber.slice(0, 6)}`)).toEqual(
        expect.objectContaining({ count: expect.any(Number) })
      )
      expect(await counts("?q=shop.test")).toEqual({ count: 1, net: 500 })
      expect(await counts("?q=anna%20berg")).toEqual({ count: 6, net: 650 })
      expect(await counts("?q=100%25")).toEqual({ count: 0, net: 0 })
      // `to` without a time includes that whole day.
      const week = await report("?from=2026-03-09&to=2026-03-12")
      expect(week.entries.map((e) => e.type)).toEqual(["expire", "earn", "adjust"])
      expect(week.totals).toEqual({
        earned: 200,
        redeemed: 0,
        adjusted: 50,
        expired: -200,
        reversed: 0,
        net: 50,
      })
      expect(await counts("?from=2026-03-17T10:00:00Z&to=2026-03-17T10:00:00Z")).toEqual({
        count: 1,
        net: -100,
      })
    })

    it("finds a name more than 500 customers share, walking the ledger newest first", async () => {
      const container = getContainer()
      const service = loyaltyService(container)
      const namesakes = await container.resolve(Modules.CUSTOMER).createCustomers(
        Array.from({ length: 502 }, (_, i) => ({
          email: `namesake-${i}@example.com`,
          first_name: "Karin",
          last_name: `Namesake ${i}`,
        }))
      )
      // Three of them with points; the other 499 have none.
      for (const [i, customer] of namesakes.slice(0, 3).entries()) {
        const account_id = (await service.ensureLoyaltyAccount(customer.id)).account_id
        await service.creditPoints({
          account_id,
          customer_id: customer.id,
          type: "earn",
          points: 10 * (i + 1),
          source: "order",
          source_id: `order_namesake_${i}`,
          idempotency_key: `test:namesake:${i}`,
        })
      }
      const found = await report("?q=karin%20namesake&limit=2")
      expect(found.count).toBe(3)
      expect(found.totals.earned).toBe(60)
      expect(found.entries.map((e) => e.points)).toEqual([30, 20])
      const rest = await report(`?q=karin%20namesake&limit=2&cursor=${found.next_cursor}`)
      expect(rest.entries.map((e) => e.points)).toEqual([10])
      expect(rest.next_cursor).toBeNull()
      // A narrower search (a dozen customers) reads their entries by index.
      const narrow = await report("?q=namesake-1%40example")
      expect(narrow.entries.map((e) => e.points)).toEqual([20])
    })

    it("validates the query and needs an admin", async () => {
      await expectErrors(
        [
          ["from=soon", "?from=soon", /from/],
          ["to before from", "?from=2026-03-10&to=2026-03-01", /to/],
          ["type=bogus", "?type=bogus", /type/],
          ["status=lost", "?status=lost", /status/],
          ["limit=0", "?limit=0", /limit/],
          ["offset=x", "?offset=x", /offset/],
          ["unknown", "?colour=red", /colour/],
        ].map(([label, params, field]) => [
          label as string,
          () => api.get(`/admin/loyalty/entries${params}`, admin),
          field as RegExp,
        ])
      )
      await expectError(api.get("/admin/loyalty/entries"), 401, /Unauthorized/)
    })
  })

  describe("GET /admin/loyalty/entries/export", () => {
    // As bytes: axios would drop the BOM from a decoded string.
    const download = async (params = "") => {
      const response: Download = await api.get(`/admin/loyalty/entries/export${params}`, {
        ...admin,
        responseType: "arraybuffer",
      })
      const bytes = Buffer.from(response.data)
      return { ...response, bytes, text: bytes.toString("utf8") }
    }

    it("streams CSV with a BOM, a header, quoted text, escaped formulas and bare numbers", async () => {
      const response = await download()
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(response.headers["content-disposition"]).toBe(
        'attachment; filename="loyalty-entries.csv"'
      )
      expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = response.text.slice(1).trimEnd().split("\r\n")
      expect(lines[0]).toBe(
        '"created_at","entry_id","member_number","customer_id","customer_email",' +
          '"customer_first_name","customer_last_name","type","status","points",' +
          '"remaining","available_at","expires_at","source","source_id","description","actor"'
      )
      expect(lines).toHaveLength(8)

      const adjust = lines.find((line) => line.includes('"adjust"'))!
      expect(adjust).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`)
      const redeem = lines.find((line) => line.includes('"redeem"'))!
      expect(redeem).toContain('"available",-300,0,')
      expect(redeem).toContain('"SEK 50 off"')
      expect(lines[1]).toContain('"2026-03-18T10:00:00.000Z"')
      expect(lines[1]).toContain(`"${bo.id}","bo@shop.test","Bo","Ek","earn","pending",500,500,`)
    })

    it("applies the report's filters and validation, and needs an admin", async () => {
      const lines = (await download("?type=reverse,expire")).text.trimEnd().split("\r\n")
      expect(lines).toHaveLength(3)
      expect(lines[1]).toContain('"reverse","available",-100,0,')
      expect(lines[2]).toContain('"expire","available",-200,0,')
      const bo = (await download("?q=shop.test&from=2026-03-01")).text
      expect(bo.trimEnd().split("\r\n")).toHaveLength(2)
      const none = (await download("?customer_id=cus_nobody")).text
      expect(none.slice(1).trimEnd().split("\r\n")).toHaveLength(1)

      await expectError(api.get("/admin/loyalty/entries/export?type=bogus", admin), 400, /type/)
      await expectError(api.get("/admin/loyalty/entries/export"), 401, /Unauthorized/)
    })
  })

  describe("GET /admin/loyalty/entries/export?format=xlsx", () => {
    const workbook = async (params = "") => {
      const response = await api.get(`/admin/loyalty/entries/export?format=xlsx${params}`, {
        ...admin,
        responseType: "arraybuffer",
      })
      const sheet = (await readWorkbook(response.data)).getWorksheet("Points")!
      return { response, sheet, rows: sheetRecords(sheet) }
    }

    it("streams an Excel workbook: the CSV's columns, numbers as numbers, dates as dates, formulas escaped", async () => {
      const { response, sheet, rows } = await workbook()
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toBe(XLSX_CONTENT_TYPE)
      expect(response.headers["content-disposition"]).toBe(
        'attachment; filename="loyalty-entries.xlsx"'
      )
      expect(sheetHeaders(sheet)).toEqual([
        "created_at",
        "entry_id",
        "member_number",
        "customer_id",
        "customer_email",
        "customer_first_name",
        "customer_last_name",
        "type",
        "status",
        "points",
        "remaining",
        "available_at",
        "expires_at",
        "source",
        "source_id",
        "description",
        "actor",
      ])
      expect(rows).toHaveLength(7)
      expect(rows[0]).toEqual(
        expect.objectContaining({
          created_at: new Date("2026-03-18T10:00:00.000Z"),
          customer_id: bo.id,
          customer_email: "bo@shop.test",
          type: "earn",
          status: "pending",
          points: 500,
          remaining: 500,
          available_at: expect.any(Date),
          expires_at: null,
          source_id: "order_3",
        })
      )
      const redeem = rows.find((row) => row.type === "redeem")!
      expect(redeem).toEqual(
        expect.objectContaining({
          points: -300,
          remaining: 0,
          description: "SEK 50 off",
          member_number: annaNumber,
        })
      )
      const adjust = rows.find((row) => row.type === "adjust")!
      expect(adjust.description).toBe(`'${FORMULA}`)
      const cell = sheet.getRow(rows.indexOf(adjust) + 2).getCell(16)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeUndefined()
    })

    it("applies the report's filters, and refuses an unknown format", async () => {
      expect(
        (await workbook("&type=reverse,expire")).rows.map((row) => [row.type, row.points])
      ).toEqual([
        ["reverse", -100],
        ["expire", -200],
      ])
      expect((await workbook("&q=shop.test&from=2026-03-01")).rows).toHaveLength(1)
      expect((await workbook("&customer_id=cus_nobody")).rows).toEqual([])
      await expectError(api.get("/admin/loyalty/entries/export?format=pdf", admin), 400, /format/)
      await expectError(
        api.get("/admin/loyalty/entries/export?format=xlsx&type=bogus", admin),
        400,
        /type/
      )
      await expectError(api.get("/admin/loyalty/entries/export?format=xlsx"), 401, /Unauthorized/)
    })
  })

  describe("the export's awkward values", () => {
    // A backslash, a tab, a double quote, a line break, a leading "=".
    const AWKWARD = '=SUM(A1) "q" back\\slash\ttab\nnew line'

    it("writes them byte for byte as the CSV quoting says, and as text in Excel", async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex("loyalty_entry").update({ description: AWKWARD }).where({ type: "adjust" })
      const csv = Buffer.from(
        (
          await api.get("/admin/loyalty/entries/export?type=adjust", {
            ...admin,
            responseType: "arraybuffer",
          })
        ).data
      ).toString("utf8")
      expect(csv).toContain(`,"'=SUM(A1) ""q"" back\\slash\ttab\nnew line",`)
      expect(csv.endsWith('"manual",,"\'=SUM(A1) ""q"" back\\slash\ttab\nnew line",\r\n')).toBe(
        true
      )

      const book = await readWorkbook(
        (
          await api.get("/admin/loyalty/entries/export?type=adjust&format=xlsx", {
            ...admin,
            responseType: "arraybuffer",
          })
        ).data
      )
      expect(sheetRecords(book.getWorksheet("Points")!)[0].description).toBe(`'${AWKWARD}`)
    })

    it("finds them through the filters, which are bound, never pasted into the statement", async () => {
      // Quotes, a backslash and LIKE's wildcards in the searched name.
      await getContainer()
        .resolve(Modules.CUSTOMER)
        .updateCustomers(anna.id, { last_name: "O'Brien\\50%_x" })
      for (const q of ["O'Brien\\50%_x", "'; DROP TABLE loyalty_entry; --"]) {
        const query = `q=${encodeURIComponent(q)}`
        const csv = Buffer.from(
          (
            await api.get(`/admin/loyalty/entries/export?${query}`, {
              ...admin,
              responseType: "arraybuffer",
            })
          ).data
        ).toString("utf8")
        const lines = csv.slice(1).trimEnd().split("\r\n").slice(1)
        const book = await readWorkbook(
          (
            await api.get(`/admin/loyalty/entries/export?format=xlsx&${query}`, {
              ...admin,
              responseType: "arraybuffer",
            })
          ).data
        )
        const rows = sheetRecords(book.getWorksheet("Points")!)
        if (q.startsWith("O'Brien")) {
          expect(lines).toHaveLength(6)
          expect(lines[0]).toContain(`"O'Brien\\50%_x"`)
          expect(rows.map((row) => row.customer_last_name)).toEqual(Array(6).fill("O'Brien\\50%_x"))
        } else {
          expect(lines).toEqual([])
          expect(rows).toEqual([])
        }
      }
      expect((await report()).count).toBe(7)
    })
  })

  describe("GET /admin/loyalty/weekly", () => {
    it("sums earned, redeemed, adjusted, expired and reversed points per ISO week", async () => {
      const { data } = await api.get("/admin/loyalty/weekly?from=2026-03-01&to=2026-03-22", admin)
      const week = (week_start: string, sums: Record<string, number> = {}) => ({
        week_start,
        earned: 0,
        redeemed: 0,
        adjusted: 0,
        expired: 0,
        reversed: 0,
        ...sums,
      })
      expect(data.weeks).toEqual([
        week("2026-02-23"),
        week("2026-03-02", { earned: 1000, redeemed: -300 }),
        week("2026-03-09", { earned: 200, adjusted: 50, expired: -200 }),
        week("2026-03-16", { earned: 500, reversed: -100 }),
      ])

      // The chart follows the report's filters: type, status, customer, search.
      const filtered = async (params: string) =>
        (await api.get(`/admin/loyalty/weekly?from=2026-03-01&to=2026-03-22&${params}`, admin)).data
          .weeks
      expect(await filtered("type=adjust,reverse")).toEqual([
        week("2026-02-23"),
        week("2026-03-02"),
        week("2026-03-09", { adjusted: 50 }),
        week("2026-03-16", { reversed: -100 }),
      ])
      expect(await filtered("status=pending")).toEqual([
        week("2026-02-23"),
        week("2026-03-02"),
        week("2026-03-09"),
        week("2026-03-16", { earned: 500 }),
      ])
      expect(await filtered(`customer_id=${bo.id}`)).toEqual(await filtered("status=pending"))
      expect(await filtered(`q=${annaNumber}&type=earn`)).toEqual([
        week("2026-02-23"),
        week("2026-03-02", { earned: 1000 }),
        week("2026-03-09", { earned: 200 }),
        week("2026-03-16"),
      ])

      // A range that starts and ends mid-week counts only its own days, as its totals do.
      const clipped = (params = "") =>
        api
          .get(`/admin/loyalty/weekly?from=2026-03-03&to=2026-03-17${params}`, admin)
          .then((r: { data: { weeks: unknown[] } }) => r.data.weeks)
      expect(await clipped()).toEqual([
        week("2026-03-02", { redeemed: -300 }),
        week("2026-03-09", { earned: 200, adjusted: 50, expired: -200 }),
        week("2026-03-16", { reversed: -100 }),
      ])
      const { totals } = (
        await api.get("/admin/loyalty/entries/totals?from=2026-03-03&to=2026-03-17", admin)
      ).data
      expect(totals).toEqual(
        expect.objectContaining({
          earned: 200,
          redeemed: -300,
          adjusted: 50,
          expired: -200,
          reversed: -100,
        })
      )
      // The same through the members' own entries.
      expect(await clipped(`&q=${annaNumber}&type=earn`)).toEqual([
        week("2026-03-02"),
        week("2026-03-09", { earned: 200 }),
        week("2026-03-16"),
      ])

      const recent = (await api.get("/admin/loyalty/weekly", admin)).data
      expect(recent.weeks).toHaveLength(12)
      const monday = new Date(`${recent.weeks[11].week_start}T00:00:00Z`)
      expect(monday.getUTCDay()).toBe(1)
      expect(Date.now() - monday.getTime()).toBeLessThan(7 * 86_400_000)

      await expectErrors([
        [
          "to before from",
          () => api.get("/admin/loyalty/weekly?from=2026-03-10&to=2026-03-01", admin),
          /to/,
        ],
        ["from=x", () => api.get("/admin/loyalty/weekly?from=x", admin), /from/],
        [
          "too long",
          () => api.get("/admin/loyalty/weekly?from=2000-01-01&to=2026-01-01", admin),
          /from/,
        ],
        ["type=gift", () => api.get("/admin/loyalty/weekly?type=gift", admin), /type/],
        ["status=x", () => api.get("/admin/loyalty/weekly?status=x", admin), /status/],
      ])
      await expectError(api.get("/admin/loyalty/weekly"), 401, /Unauthorized/)
    })
  })
}

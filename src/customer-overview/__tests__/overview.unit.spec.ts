import { SqlFragment } from "../../lib/sql"
import {
  customerOverviewCountQuery,
  customerOverviewExportQuery,
  customerOverviewPageQuery,
  pageCarriesCount,
} from "../overview"
import { CUSTOMER_OVERVIEW_CSV_HEADER } from "../overview"
import {
  CustomerOverviewFilters,
  OVERVIEW_ORDER_FIELDS,
  OVERVIEW_ORDER_VALUES,
  parseOverviewOrder,
} from "../types"

const NOW = new Date("2026-06-15T12:00:00Z")
const options = { now: NOW, marketing_consent_key: "consent'key" }
const HOSTILE = "x'); DROP TABLE customer; --"

const placeholders = (text: string) => (text.match(/\?/g) ?? []).length

/** Values travel as parameters only: one per placeholder, none in the text. */
function expectParameterised(statement: SqlFragment, values: unknown[] = []) {
  expect(placeholders(statement.text)).toBe(statement.params.length)
  expect(statement.text).not.toContain("DROP TABLE")
  for (const value of values) {
    expect(statement.params.map(String).join("\n")).toContain(String(value))
  }
}

const everyFilter: CustomerOverviewFilters = {
  q: "o'hara 100%_off",
  flag_ids: [HOSTILE, "cflag_2"],
  segment_id: HOSTILE,
  tier_id: HOSTILE,
  has_account: true,
  sales_min: 100,
  sales_max: 5000.5,
  currency_code: "sek",
}

describe("parseOverviewOrder", () => {
  it("reads each field, with '-' for descending", () => {
    expect(parseOverviewOrder("sales_total")).toEqual({ field: "sales_total", descending: false })
    expect(parseOverviewOrder("-points")).toEqual({ field: "points", descending: true })
    expect(parseOverviewOrder("shoe_size")).toBeNull()
    expect(parseOverviewOrder("--name")).toBeNull()
    expect(OVERVIEW_ORDER_VALUES).toHaveLength(OVERVIEW_ORDER_FIELDS.length * 2)
  })
})

describe("customerOverviewPageQuery", () => {
  it.each(OVERVIEW_ORDER_VALUES)(
    "sorts by %s in one parameterised statement, the id settling ties",
    (value) => {
      const order = parseOverviewOrder(value)!
      for (const filters of [{ currency_code: "sek" }, everyFilter]) {
        const statement = customerOverviewPageQuery(
          filters,
          order,
          { limit: 20, offset: 40 },
          options
        )
        expectParameterised(statement)
        expect(statement.text).toMatch(/^WITH matched AS \(/)
        const direction = order.descending ? "DESC" : "ASC"
        expect(statement.text).toContain(`m.id ${direction}`)
        expect(statement.text).not.toContain(order.descending ? "m.id ASC" : "m.id DESC")
        // The page is bound, never spliced.
        expect(statement.text).toMatch(/LIMIT \? OFFSET \?/)
        expect(statement.params).toEqual(expect.arrayContaining([20, 40]))
      }
    }
  )

  it("puts every filter in as a parameter", () => {
    const statement = customerOverviewPageQuery(
      everyFilter,
      parseOverviewOrder("name")!,
      { limit: 50, offset: 0 },
      options
    )
    expectParameterised(statement, [
      // LIKE wildcards in the search are taken literally.
      "%o'hara%",
      "%100\\%\\_off%",
      JSON.stringify([HOSTILE, "cflag_2"]),
      HOSTILE,
      true,
      100,
      5000.5,
      "sek",
      "consent'key",
    ])
    // The flags' customers are looked up by key; the segment's and tier's semi-joined.
    expect(statement.text).toMatch(/c\.id = ANY\(ARRAY\(\s+SELECT fa\.customer_id/)
    expect(statement.text).toMatch(/c\.id IN \(\s+SELECT sm\.customer_id/)
    expect(statement.text).toMatch(/c\.id IN \(\s+SELECT lm\.customer_id/)
    expect(statement.text).toContain("c.has_account = ?")
    expect(statement.text).toContain("customer_segment_membership")
    expect(statement.text).toContain("a.tier_id = ?")
    expect(statement.text).toContain("COALESCE(s.sales_total, 0) >= ?::numeric")
    expect(statement.text).toContain("COALESCE(s.sales_total, 0) <= ?::numeric")
    // Flag expiry against the statement's "now".
    expect(statement.params).toContainEqual(NOW)
  })

  it("searches each word (at most five) in the name, email and company", () => {
    const statement = customerOverviewPageQuery(
      { q: "  ada   lovelace a b c d e f ", currency_code: "sek" },
      parseOverviewOrder("email")!,
      { limit: 50, offset: 0 },
      options
    )
    const words = statement.params.filter((p) => typeof p === "string" && p.startsWith("%"))
    expect(words).toEqual(["%ada%", "%lovelace%", "%a%", "%b%", "%c%"])
    expect(statement.text).toContain(
      "lower(concat_ws(' ', c.first_name, c.last_name, c.email, b.company)) LIKE lower(?)"
    )
  })

  it("by sales without a narrowing filter, reads the figures in index order in three parts", () => {
    const statement = customerOverviewPageQuery(
      { currency_code: "eur", has_account: false, sales_min: 1 },
      parseOverviewOrder("-sales_total")!,
      { limit: 50, offset: 100 },
      options
    )
    expectParameterised(statement)
    expect(statement.text).toContain("UNION ALL")
    expect(statement.text).toContain("ORDER BY s.sales_total DESC, s.customer_id DESC")
    expect(statement.text).toContain("s.sales_total > 0")
    expect(statement.text).toContain("s.sales_total < 0")
    expect(statement.text).toContain("NOT EXISTS")
    // Each part stops after offset + limit rows.
    expect(statement.params.filter((p) => p === 150)).toHaveLength(3)
    // In the part without figures the amount is 0, so a minimum of 1 rules it out.
    expect(statement.text).toContain("0::numeric >= ?::numeric")
  })

  it("by sales with a search, flag, segment or tier, finds those customers first", () => {
    for (const narrowing of [
      { q: "ada" },
      { flag_ids: ["f"] },
      { segment_id: "s" },
      { tier_id: "t" },
    ]) {
      const statement = customerOverviewPageQuery(
        { currency_code: "sek", ...narrowing },
        parseOverviewOrder("-sales_total")!,
        { limit: 50, offset: 0 },
        options
      )
      expectParameterised(statement)
      expect(statement.text).not.toContain("UNION ALL")
      expect(statement.text).toContain("COALESCE(s.sales_total, 0) AS sort_1")
    }
  })

  it("counts in the page's rows only when a filter narrows them", () => {
    const byName = parseOverviewOrder("name")!
    for (const narrowing of [
      { q: "ada" },
      { flag_ids: ["f"] },
      { segment_id: "s" },
      { tier_id: "t" },
    ]) {
      const filters = { currency_code: "sek", ...narrowing }
      expect(pageCarriesCount(filters, byName)).toBe(true)
      const statement = customerOverviewPageQuery(
        filters,
        byName,
        { limit: 50, offset: 0 },
        options
      )
      expect(statement.text).toContain("count(*) OVER () AS total_count")
      expect(statement.text).toContain("m.total_count")
    }
    for (const wide of [{}, { has_account: true }, { sales_min: 5, sales_max: 10 }]) {
      const filters = { currency_code: "sek", ...wide }
      expect(pageCarriesCount(filters, byName)).toBe(false)
      for (const order of ["name", "-sales_total"]) {
        const statement = customerOverviewPageQuery(
          filters,
          parseOverviewOrder(order)!,
          { limit: 50, offset: 0 },
          options
        )
        expect(statement.text).not.toContain("total_count")
      }
    }
  })

  it("joins only what the filters and the order need before the page is cut", () => {
    const matched = (statement: SqlFragment) => statement.text.split("\n)\nSELECT")[0]
    const byEmail = customerOverviewPageQuery(
      { currency_code: "sek" },
      parseOverviewOrder("email")!,
      { limit: 50, offset: 0 },
      options
    )
    expect(matched(byEmail)).not.toMatch(
      /customer_sales_stats|customer_business_profile|loyalty_account/
    )
    const byTier = customerOverviewPageQuery(
      { currency_code: "sek" },
      parseOverviewOrder("tier")!,
      { limit: 50, offset: 0 },
      options
    )
    expect(matched(byTier)).toContain("loyalty_account")
    expect(matched(byTier)).toContain("la.tier_rank AS sort_1")
    const byCompany = customerOverviewPageQuery(
      { currency_code: "sek" },
      parseOverviewOrder("-company")!,
      { limit: 50, offset: 0 },
      options
    )
    expect(matched(byCompany)).toContain("lower(b.company) AS sort_1")
    expect(byCompany.text).toContain("sort_1 DESC NULLS LAST")
  })

  it("reads no sales without a currency", () => {
    const statement = customerOverviewPageQuery(
      { currency_code: null },
      parseOverviewOrder("-sales_total")!,
      { limit: 50, offset: 0 },
      options
    )
    expectParameterised(statement)
    expect(statement.params).toContain(null)
  })
})

describe("customerOverviewCountQuery", () => {
  it("counts with the same filters", () => {
    const statement = customerOverviewCountQuery(everyFilter, options)
    expectParameterised(statement, ["%100\\%\\_off%", HOSTILE, 5000.5])
    expect(statement.text).toMatch(/^SELECT count\(\*\)::integer AS count/)
    expect(statement.text).toContain("customer_sales_stats s")
    expect(statement.text).toContain("customer_business_profile b")
  })

  it("joins nothing it does not need", () => {
    const statement = customerOverviewCountQuery(
      { currency_code: "sek", has_account: true },
      options
    )
    expect(statement.text).not.toMatch(/customer_sales_stats|customer_business_profile|loyalty/)
  })
})

describe("customerOverviewExportQuery", () => {
  it.each(OVERVIEW_ORDER_VALUES)(
    "selects every row sorted by %s as finished CSV lines",
    (value) => {
      const statement = customerOverviewExportQuery(
        everyFilter,
        parseOverviewOrder(value)!,
        options
      )
      expectParameterised(statement, ["sek", "consent'key"])
      expect(statement.text).toMatch(/^SELECT concat_ws\(',',/)
      expect(statement.text).toContain(") AS line")
      expect(statement.text).not.toContain("LIMIT")
      expect(statement.text).toContain("string_agg(f.name, ', ' ORDER BY f.name, f.id)")
      expect(statement.text).toMatch(
        new RegExp(`c\\.id ${value.startsWith("-") ? "DESC" : "ASC"}$`)
      )
    }
  )

  it("has one cell per header column", () => {
    expect(CUSTOMER_OVERVIEW_CSV_HEADER).toBe(
      '"id","email","first_name","last_name","company","currency_code","sales_total","order_count",' +
        '"last_order_at","flags","points_available","tier","has_account","marketing_consent","created_at"'
    )
    const statement = customerOverviewExportQuery(
      { currency_code: "sek" },
      parseOverviewOrder("name")!,
      options
    )
    const line = statement.text.slice(
      statement.text.indexOf("concat_ws(',',"),
      statement.text.indexOf(") AS line")
    )
    // Each cell opens with a quote: '"' || …
    expect(line.match(/'"' \|\|/g)).toHaveLength(15)
    // Eight text cells are formula-escaped, two dates written as ISO 8601 in UTC.
    expect(line.match(/IN \('=', '\+', '-', '@', E'\\t', E'\\r'\)/g)).toHaveLength(8)
    expect(line.match(/AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS\.MS"Z"'/g)).toHaveLength(2)
  })
})

import {
  filtersOf,
  offsetOf,
  orderOf,
  overviewQuery,
  salesRangeError,
  sortingOf,
  withFilters,
  withOffset,
  withoutFilters,
  withSorting,
} from "../customer-overview-query"

const params = (search: string) => new URLSearchParams(search)

describe("the customer overview's address", () => {
  it("reads the filters, with flags repeated and unknown values left out", () => {
    expect(
      filtersOf(
        params(
          "q=anna&flag_id=cflag_1&flag_id=cflag_2&flag_id=cflag_1&segment_id=cseg_1&tier_id=ltier_1&has_account=maybe&sales_min=100&currency_code=eur&foo=bar"
        )
      )
    ).toEqual({
      q: "anna",
      flag_id: ["cflag_1", "cflag_2"],
      segment_id: "cseg_1",
      tier_id: "ltier_1",
      sales_min: "100",
      currency_code: "eur",
    })
    expect(filtersOf(params("has_account=false&sales_max=&q=%20"))).toEqual({
      has_account: "false",
    })
  })

  it("reads the sorting, falling back to the biggest spenders first", () => {
    expect(sortingOf(params("order=-points"))).toEqual({ id: "points", desc: true })
    expect(sortingOf(params("order=email"))).toEqual({ id: "email", desc: false })
    expect(sortingOf(params("order=-password"))).toEqual({ id: "sales_total", desc: true })
    expect(sortingOf(params(""))).toEqual({ id: "sales_total", desc: true })
  })

  it("leaves the default sorting out of the address", () => {
    expect(orderOf({ id: "sales_total", desc: true })).toBeNull()
    expect(orderOf({ id: "sales_total", desc: false })).toBe("sales_total")
    expect(orderOf({ id: "last_order_at", desc: true })).toBe("-last_order_at")
    expect(orderOf(undefined)).toBeNull()
    expect(orderOf({ id: "flags", desc: true })).toBeNull()
  })

  it("keeps the page on a multiple of the page size", () => {
    expect(offsetOf(params("offset=40"), 20)).toBe(40)
    expect(offsetOf(params("offset=45"), 20)).toBe(40)
    expect(offsetOf(params("offset=-20"), 20)).toBe(0)
    expect(offsetOf(params("offset=abc"), 20)).toBe(0)
  })

  it("asks the API for the filters, the sorting and the page, flags repeated", () => {
    const query = overviewQuery(
      params("flag_id=a&flag_id=b&has_account=true&order=name&offset=20&x=1"),
      {
        limit: 20,
        offset: 20,
      }
    )
    expect(query.toString()).toBe(
      "has_account=true&flag_id=a&flag_id=b&order=name&limit=20&offset=20"
    )
    // The export: every row of the filters, in the order shown.
    expect(overviewQuery(params("tier_id=t1&offset=20")).toString()).toBe(
      "tier_id=t1&order=-sales_total"
    )
  })

  it("goes back to the first page when the filters or the sorting change", () => {
    const before = params("q=anna&flag_id=a&order=email&offset=40")
    expect(
      withFilters(before, [
        { key: "flag_id", value: ["b", "c"] },
        { key: "q", value: "" },
        { key: "tier_id", value: "t1" },
      ]).toString()
    ).toBe("order=email&flag_id=b&flag_id=c&tier_id=t1")
    expect(withSorting(before, { id: "sales_total", desc: true }).toString()).toBe(
      "q=anna&flag_id=a"
    )
    expect(withSorting(before, { id: "points", desc: false }).toString()).toBe(
      "q=anna&flag_id=a&order=points"
    )
    expect(withOffset(before, 0).toString()).toBe("q=anna&flag_id=a&order=email")
    expect(withOffset(before, 60).toString()).toBe("q=anna&flag_id=a&order=email&offset=60")
    expect(withoutFilters(before).toString()).toBe("order=email")
  })

  it("checks a sales range as the API does", () => {
    expect(salesRangeError("", "")).toBeNull()
    expect(salesRangeError("100", "2500.50")).toBeNull()
    expect(salesRangeError("-1", "")).toMatch(/lowest/)
    expect(salesRangeError("", "1.999")).toMatch(/highest/)
    expect(salesRangeError("500", "100")).toBe("The lowest total is above the highest.")
  })
})

import { connectionsSchema } from "../flag-connections-schema"
import { flagFormSchema } from "../flag-form-schema"
import { schemaErrors } from "./schema-errors"

const flag = (changes: Record<string, unknown> = {}) => ({
  name: "VIP",
  abbreviation: "VIP",
  icon: "Star",
  color: "#7C3AED",
  display: "card",
  expiry: { type: "none", date: null, days: "30" },
  sales_channels: [],
  description: "",
  ...changes,
})

describe("the flag form", () => {
  it("takes a flag the API takes", () => {
    expect(schemaErrors(flagFormSchema, flag())).toEqual({})
    expect(
      schemaErrors(
        flagFormSchema,
        flag({ expiry: { type: "days_after_assignment", date: null, days: "36500" } })
      )
    ).toEqual({})
  })

  it("says what to fix, under each field", () => {
    expect(
      schemaErrors(
        flagFormSchema,
        flag({ name: "  ", abbreviation: "TOOLONG", icon: "", color: "purple" })
      )
    ).toEqual({
      name: "Give the flag a name.",
      abbreviation: "Use 1 to 4 characters.",
      icon: "Pick an icon.",
      color: "Use a hex colour such as #7C3AED.",
    })
    expect(schemaErrors(flagFormSchema, flag({ abbreviation: " " })).abbreviation).toBe(
      "Use 1 to 4 characters."
    )
    expect(
      schemaErrors(flagFormSchema, flag({ expiry: { type: "fixed_date", date: null, days: "30" } }))
    ).toEqual({
      expiry: "Pick the date the flag expires on.",
    })
    for (const days of ["", "0", "1.5", "36501"]) {
      expect(
        schemaErrors(
          flagFormSchema,
          flag({ expiry: { type: "days_after_assignment", date: null, days } })
        )
      ).toEqual({
        expiry: "Use a whole number of days from 1 to 36500.",
      })
    }
  })
})

const rule = (changes: Record<string, unknown> = {}) => ({
  products: [{ id: "prod_1", label: null }],
  variants: [],
  collections: [],
  categories: [],
  min_quantity: "",
  min_orders: "",
  window: { type: "all", days: "365", from: null, to: null },
  ...changes,
})

describe("the purchase rule form", () => {
  it("takes a rule the API takes: empty counts and any window", () => {
    expect(schemaErrors(connectionsSchema, rule())).toEqual({})
    expect(
      schemaErrors(connectionsSchema, rule({ min_quantity: "2", min_orders: "1000000" }))
    ).toEqual({})
    expect(
      schemaErrors(
        connectionsSchema,
        rule({ window: { type: "range", days: "", from: "2026-01-01", to: null } })
      )
    ).toEqual({})
  })

  it("asks for something bought, whole counts from 1, and a window that makes sense", () => {
    expect(schemaErrors(connectionsSchema, rule({ products: [] }))).toEqual({
      products: "Choose at least one product, variant, collection or category.",
    })
    expect(
      schemaErrors(
        connectionsSchema,
        rule({ products: [], categories: [{ id: "pcat_1", label: null }] })
      )
    ).toEqual({})
    expect(schemaErrors(connectionsSchema, rule({ min_quantity: "0", min_orders: "1.5" }))).toEqual(
      {
        min_quantity: "Use a whole number of items, 1 or more.",
        min_orders: "Use a whole number of orders, 1 or more.",
      }
    )
    expect(
      schemaErrors(connectionsSchema, rule({ min_orders: "1000001" })).min_orders
    ).toBeDefined()
    expect(
      schemaErrors(
        connectionsSchema,
        rule({ window: { type: "days", days: "", from: null, to: null } })
      )
    ).toEqual({
      window: "Use a whole number of days from 1 to 36500.",
    })
    expect(
      schemaErrors(
        connectionsSchema,
        rule({ window: { type: "range", days: "", from: null, to: null } })
      )
    ).toEqual({
      window: "Pick a first day, a last day or both.",
    })
    expect(
      schemaErrors(
        connectionsSchema,
        rule({ window: { type: "range", days: "", from: "2026-02-01", to: "2026-01-01" } })
      )
    ).toEqual({ window: "The last day must not come before the first." })
  })
})

import { isUsedUp, remainingInWords } from "../customer-benefit-format"

const limits = (
  max_products: number | null,
  max_quantity: number | null,
  quantity_scope: "per_product" | "total" = "per_product"
) => ({
  max_products,
  max_quantity,
  quantity_scope,
})
const one = [{ id: "prod_1", title: "Gala", remaining: 2 }]
const two = [...one, { id: "prod_2", title: "Ballet", remaining: 4 }]

describe("remainingInWords", () => {
  it("says what is left of each limit", () => {
    expect(
      remainingInWords({
        limits: limits(null, 4),
        remaining: { products: null, quantity: 2 },
        products: one,
      })
    ).toBe("2 of 4 items left")
    expect(
      remainingInWords({
        limits: limits(2, 1, "total"),
        remaining: { products: 1, quantity: 1 },
        products: two,
      })
    ).toBe("1 of 2 products left · 1 of 1 item left")
    expect(
      remainingInWords({
        limits: limits(null, 4),
        remaining: { products: null, quantity: 4 },
        products: two,
      })
    ).toBe("Up to 4 of 4 items left per product")
  })

  it("says no limits when there are none, and nothing for offers", () => {
    expect(
      remainingInWords({
        limits: limits(null, null),
        remaining: { products: null, quantity: null },
        products: one,
      })
    ).toBe("No limits")
    expect(
      remainingInWords({
        limits: null,
        remaining: { products: null, quantity: null },
        products: [],
      })
    ).toBeNull()
  })

  it("knows a benefit with no item left is used up", () => {
    expect(isUsedUp({ remaining: { products: 0, quantity: 0 } })).toBe(true)
    expect(isUsedUp({ remaining: { products: 0, quantity: 1 } })).toBe(false)
    expect(isUsedUp({ remaining: { products: null, quantity: null } })).toBe(false)
  })
})

import { benefitRemaining } from "../remaining"
import { HeldBenefit } from "../types"

const benefit = (overrides: Partial<HeldBenefit>): HeldBenefit => ({
  id: "cben_1",
  kind: "discount",
  title: "VIP price",
  product_ids: ["prod_gala", "prod_ballet"],
  variant_ids: null,
  max_products: null,
  max_quantity: null,
  quantity_scope: "per_product",
  early_access_from: null,
  promotion_id: null,
  ...overrides,
})
const use = (product_id: string, quantity: number, benefit_id = "cben_1") => ({
  benefit_id,
  product_id,
  quantity,
})
const products = ["prod_gala", "prod_ballet"]

describe("benefitRemaining", () => {
  it("is unlimited without limits, and for offers", () => {
    expect(benefitRemaining(benefit({}), [use("prod_gala", 9)], products)).toEqual({
      products: null,
      quantity: null,
    })
    expect(benefitRemaining(benefit({ kind: "offer_link", max_quantity: 2 }), [], [])).toEqual({
      products: null,
      quantity: null,
    })
  })

  it("counts items in total across products, and only this benefit's usage", () => {
    const held = benefit({ max_quantity: 4, quantity_scope: "total", max_products: 2 })
    expect(
      benefitRemaining(
        held,
        [use("prod_gala", 1), use("prod_ballet", 1), use("prod_gala", 5, "cben_2")],
        products
      )
    ).toEqual({
      products: 0,
      quantity: 2,
    })
  })

  it("per product, gives the most left on a product the benefit may still be used on", () => {
    const held = benefit({ max_quantity: 4, max_products: 1 })
    expect(benefitRemaining(held, [], products)).toEqual({ products: 1, quantity: 4 })
    // The one product is chosen: what is left of it is what remains.
    expect(benefitRemaining(held, [use("prod_gala", 3)], products)).toEqual({
      products: 0,
      quantity: 1,
    })
    expect(benefitRemaining(benefit({ max_quantity: 4 }), [use("prod_gala", 4)], products)).toEqual(
      { products: null, quantity: 4 }
    )
    expect(
      benefitRemaining(
        benefit({ max_quantity: 4 }),
        [use("prod_gala", 4), use("prod_ballet", 6)],
        products
      )
    ).toEqual({
      products: null,
      quantity: 0,
    })
  })

  it("never goes below zero when more was counted than the limit allows now", () => {
    const held = benefit({ max_quantity: 1, max_products: 1, quantity_scope: "total" })
    expect(benefitRemaining(held, [use("prod_gala", 3), use("prod_ballet", 1)], products)).toEqual({
      products: 0,
      quantity: 0,
    })
  })

  it("keeps the whole limit for products it names only through variants", () => {
    expect(benefitRemaining(benefit({ max_quantity: 2 }), [use("prod_gala", 2)], [])).toEqual({
      products: null,
      quantity: 2,
    })
  })
})

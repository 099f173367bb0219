import {
  assignDiscountUnits,
  discountAdjustments,
  HeldDiscount,
  PricedLine,
} from "../discount-units"
import { BenefitUse } from "../types"

const discount = (overrides: Partial<HeldDiscount>): HeldDiscount => ({
  id: "cben_1",
  kind: "discount",
  title: "VIP price",
  product_ids: ["prod_gala"],
  variant_ids: null,
  max_products: null,
  max_quantity: null,
  quantity_scope: "per_product",
  early_access_from: null,
  promotion_id: "promo_1",
  discount_type: "percentage",
  discount_value: 15,
  currency_code: null,
  ...overrides,
})

const line = (
  item_id: string,
  product_id: string,
  quantity: number,
  unit_price = 500
): PricedLine => ({
  item_id,
  product_id,
  variant_id: null,
  quantity,
  unit_price,
  product_title: product_id,
})

const assign = (lines: PricedLine[], held: HeldDiscount[], used: BenefitUse[] = []) =>
  assignDiscountUnits({ lines, held, used, currency_code: "sek" })

describe("assignDiscountUnits", () => {
  it("discounts only the units within the limit, counting earlier orders", () => {
    const held = [discount({ max_quantity: 2 })]
    expect(assign([line("i1", "prod_gala", 3)], held)).toEqual([
      { item_id: "i1", benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 },
    ])
    expect(
      assign([line("i1", "prod_gala", 3)], held, [
        { benefit_id: "cben_1", product_id: "prod_gala", quantity: 1 },
      ])
    ).toEqual([{ item_id: "i1", benefit_id: "cben_1", product_id: "prod_gala", quantity: 1 }])
    expect(
      assign([line("i1", "prod_gala", 3)], held, [
        { benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 },
      ])
    ).toEqual([])
    expect(assign([line("i1", "prod_gala", 0)], held)).toEqual([])
  })

  it("shares a total limit across lines, dearest first, and keeps to the number of products", () => {
    const held = [
      discount({
        product_ids: ["prod_gala", "prod_ballet"],
        max_quantity: 3,
        quantity_scope: "total",
      }),
    ]
    expect(
      assign([line("i1", "prod_ballet", 2, 300), line("i2", "prod_gala", 2, 500)], held)
    ).toEqual([
      { item_id: "i2", benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 },
      { item_id: "i1", benefit_id: "cben_1", product_id: "prod_ballet", quantity: 1 },
    ])
    const oneProduct = [discount({ product_ids: ["prod_gala", "prod_ballet"], max_products: 1 })]
    expect(assign([line("i1", "prod_gala", 2), line("i2", "prod_ballet", 2)], oneProduct)).toEqual([
      { item_id: "i1", benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 },
    ])
  })

  it("gives each unit the better of two benefits while it has room", () => {
    const better = discount({
      id: "cben_better",
      discount_value: 15,
      max_quantity: 2,
      promotion_id: "promo_better",
    })
    const worse = discount({ id: "cben_worse", discount_value: 10, promotion_id: "promo_worse" })
    const fixed = discount({
      id: "cben_fixed",
      discount_type: "fixed",
      discount_value: 100,
      currency_code: "EUR",
    })
    const lines = [line("i1", "prod_gala", 4)]
    const assigned = assign(lines, [worse, better, fixed])
    expect(assigned).toEqual([
      { item_id: "i1", benefit_id: "cben_better", product_id: "prod_gala", quantity: 2 },
      { item_id: "i1", benefit_id: "cben_worse", product_id: "prod_gala", quantity: 2 },
    ])
    expect(discountAdjustments(lines, assigned, [worse, better], "sek")).toEqual([
      expect.objectContaining({
        promotion_id: "promo_better",
        amount: 150,
        description: "2 of 4 at your member price",
      }),
      expect.objectContaining({
        promotion_id: "promo_worse",
        amount: 100,
        description: "2 of 4 at your member price",
      }),
    ])
  })

  it("never discounts a unit below zero, whatever the value", () => {
    const held = [discount({ discount_type: "fixed", discount_value: 1e308, currency_code: "sek" })]
    const lines = [line("i1", "prod_gala", 2)]
    const adjustments = discountAdjustments(lines, assign(lines, held), held, "sek")
    expect(adjustments).toEqual([expect.objectContaining({ amount: 1000, quantity: 2 })])
  })
})

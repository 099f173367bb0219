import { calculateAdjustmentAmountFromPromotion, MathBN } from "@medusajs/framework/utils"
import { BenefitUse, HeldBenefit, PurchaseLine } from "./types"
import type { BenefitDiscountType } from "../constants"

/** A discount benefit with the terms its promotion carries. */
export type HeldDiscount = HeldBenefit & {
  discount_type: BenefitDiscountType
  discount_value: number | string
  currency_code: string | null
}

/** A cart or order line with what a discount is computed from. */
export type PricedLine = PurchaseLine & {
  item_id: string
  /** As the price is set: with tax when `is_tax_inclusive`, and the discount follows. */
  unit_price: number
  is_tax_inclusive?: boolean
  is_discountable?: boolean
}

/** Units of one line that a discount benefit prices. */
export type DiscountUnits = {
  item_id: string
  benefit_id: string
  product_id: string
  quantity: number
}

/** The adjustment one benefit gives one line. */
export type DiscountAdjustment = DiscountUnits & {
  promotion_id: string
  amount: number
  is_tax_inclusive: boolean
  description: string
}

const targets = (benefit: HeldBenefit, line: PurchaseLine) =>
  !!benefit.product_ids?.includes(line.product_id) ||
  (!!line.variant_id && !!benefit.variant_ids?.includes(line.variant_id))

/** What one unit of the line saves under the benefit (0 when it cannot apply). */
export function unitSaving(benefit: HeldDiscount, line: PricedLine, currencyCode: string): number {
  const value = Number(benefit.discount_value)
  if (benefit.discount_type === "percentage") {
    return (line.unit_price * value) / 100
  }
  if ((benefit.currency_code ?? "").toLowerCase() !== (currencyCode ?? "").toLowerCase()) {
    return 0
  }
  return Math.min(value, line.unit_price)
}

/**
 * Which units of a purchase each discount benefit prices. A benefit's limits
 * cap the discounted units, never the purchase: units past them are sold at
 * the normal price. Each unit gets the benefit that saves most on it, while
 * that benefit has room (usage across the customer's orders and this
 * purchase's earlier lines counts); the dearest lines are served first.
 * Pure: the caller reads the usage.
 */
export function assignDiscountUnits(input: {
  lines: PricedLine[]
  held: HeldDiscount[]
  used: BenefitUse[]
  currency_code: string
}): DiscountUnits[] {
  const counted = new Map<string, Map<string, number>>()
  for (const use of input.used) {
    const products = counted.get(use.benefit_id) ?? new Map<string, number>()
    products.set(use.product_id, (products.get(use.product_id) ?? 0) + use.quantity)
    counted.set(use.benefit_id, products)
  }
  const discounts = input.held.filter((b) => b.kind === "discount")
  const lines = [...input.lines]
    .filter((line) => line.quantity > 0 && line.is_discountable !== false)
    .sort((a, b) => b.unit_price - a.unit_price)
  const assigned: DiscountUnits[] = []

  for (const line of lines) {
    const candidates = discounts
      .map((benefit) => ({ benefit, saving: unitSaving(benefit, line, input.currency_code) }))
      .filter(({ benefit, saving }) => saving > 0 && targets(benefit, line))
      .sort((a, b) => b.saving - a.saving)
    // Whole units only: Medusa accepts a fractional quantity, a member price covers units.
    let left = Math.floor(line.quantity)
    for (const { benefit } of candidates) {
      const state = counted.get(benefit.id) ?? new Map<string, number>()
      counted.set(benefit.id, state)
      const units = Math.min(left, roomFor(benefit, state, line.product_id))
      if (units <= 0) {
        continue
      }
      assigned.push({
        item_id: line.item_id,
        benefit_id: benefit.id,
        product_id: line.product_id,
        quantity: units,
      })
      state.set(line.product_id, (state.get(line.product_id) ?? 0) + units)
      left -= units
      if (!left) {
        break
      }
    }
  }
  return assigned
}

/** Units of the product the benefit may still discount, given what it has counted. */
function roomFor(benefit: HeldBenefit, counted: Map<string, number>, productId: string): number {
  const usedProducts = [...counted].filter(([, quantity]) => quantity > 0).map(([id]) => id)
  if (
    benefit.max_products !== null &&
    !usedProducts.includes(productId) &&
    usedProducts.length >= benefit.max_products
  ) {
    return 0
  }
  if (benefit.max_quantity === null) {
    return Number.POSITIVE_INFINITY
  }
  const used =
    benefit.quantity_scope === "total"
      ? [...counted.values()].reduce((total, quantity) => total + quantity, 0)
      : (counted.get(productId) ?? 0)
  return Math.max(0, benefit.max_quantity - used)
}

/**
 * The adjustments that carry an assignment, computed the way Medusa's
 * promotion module computes an `each` allocation limited to the assigned
 * units (a line's later discounts apply to what the earlier ones left).
 */
export function discountAdjustments(
  lines: PricedLine[],
  assigned: DiscountUnits[],
  held: HeldDiscount[],
  currencyCode: string
): DiscountAdjustment[] {
  const byId = new Map(held.map((b) => [b.id, b]))
  const adjustments: DiscountAdjustment[] = []
  for (const line of lines) {
    // The price as set, so the hook that writes the adjustments and the
    // completion that checks them compute the same amounts.
    const subtotal = MathBN.mult(line.unit_price, line.quantity)
    let applied = MathBN.convert(0)
    const own = assigned
      .filter((units) => units.item_id === line.item_id)
      .sort(
        (a, b) =>
          unitSaving(byId.get(b.benefit_id)!, line, currencyCode) -
          unitSaving(byId.get(a.benefit_id)!, line, currencyCode)
      )
    for (const units of own) {
      const benefit = byId.get(units.benefit_id)!
      // Medusa's own arithmetic; it types both arguments `any`.
      const amount = calculateAdjustmentAmountFromPromotion(
        { quantity: line.quantity, subtotal, original_total: subtotal },
        {
          value: Number(benefit.discount_value),
          applied_value: applied,
          is_tax_inclusive: false,
          max_quantity: units.quantity,
          type: benefit.discount_type,
          allocation: "each",
        }
      )
      const rounded = MathBN.convert(amount).toNumber()
      if (rounded <= 0 || !benefit.promotion_id) {
        continue
      }
      applied = MathBN.add(applied, amount)
      adjustments.push({
        ...units,
        promotion_id: benefit.promotion_id,
        amount: rounded,
        is_tax_inclusive: !!line.is_tax_inclusive,
        description: `${units.quantity} of ${line.quantity} at your member price`,
      })
    }
  }
  return adjustments
}

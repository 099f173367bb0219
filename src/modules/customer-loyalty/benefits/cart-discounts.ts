import { Manager, rows } from "../ledger/types"
import {
  assignDiscountUnits,
  DiscountAdjustment,
  discountAdjustments,
  HeldDiscount,
  PricedLine,
} from "./discount-units"
import { BenefitPlan, BenefitRefusal, BenefitUse } from "./types"
import { countedUsage, heldBenefits } from "./usage"

/** A cart line with the discount adjustments it carries. */
export type CartLine = PricedLine & {
  adjustments?: { id?: string; promotion_id?: string | null; amount: number }[]
}

export type CartDiscountsInput = {
  customer_id: string | null
  cart_id: string
  currency_code: string
  lines: CartLine[]
  now: Date
}

export type CartDiscounts = {
  /** The adjustments the customer's discount benefits give the cart now. */
  adjustments: DiscountAdjustment[]
  /** Every benefit promotion the cart has or should have, with its benefit's title. */
  benefit_promotions: Map<string, string>
  /** Promotions of the benefits the customer holds now. */
  held_promotions: Set<string>
}

/** Amounts within this of each other are the same member price (Medusa stores them as numerics). */
export const AMOUNT_TOLERANCE = 1e-6

/**
 * What the customer's discount benefits give a cart now: the units each
 * benefit still has room for (its usage across orders and other carts'
 * reservations counts), priced as its promotion would price them.
 */
export async function planCartDiscounts(
  manager: Manager,
  input: CartDiscountsInput
): Promise<CartDiscounts> {
  const held = (
    input.customer_id ? await heldBenefits(manager, input.customer_id, input.now, ["discount"]) : []
  ) as HeldDiscount[]
  const used = input.customer_id
    ? await countedUsage(
        manager,
        input.customer_id,
        held.map((b) => b.id),
        input.now,
        input.cart_id
      )
    : []
  const lines = input.lines.filter((line) => line.quantity > 0)
  const assigned = assignDiscountUnits({ lines, held, used, currency_code: input.currency_code })
  const carried = lines.flatMap((line) =>
    (line.adjustments ?? []).flatMap((a) => (a.promotion_id ? [a.promotion_id] : []))
  )
  const benefit_promotions = new Map(
    held.flatMap((b) => (b.promotion_id ? [[b.promotion_id, b.title] as [string, string]] : []))
  )
  if (carried.length) {
    // Benefits deleted or no longer held still name their promotion.
    const ours = await rows<{ promotion_id: string; title: string }>(
      manager,
      `SELECT promotion_id, title FROM customer_benefit
        WHERE promotion_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify([...new Set(carried)])]
    )
    for (const b of ours) {
      if (!benefit_promotions.has(b.promotion_id)) {
        benefit_promotions.set(b.promotion_id, b.title)
      }
    }
  }
  return {
    adjustments: discountAdjustments(lines, assigned, held, input.currency_code),
    benefit_promotions,
    held_promotions: new Set(held.flatMap((b) => (b.promotion_id ? [b.promotion_id] : []))),
  }
}

/**
 * Checks, when a cart completes, that the member prices it carries are the
 * ones its customer's benefits give now (another order may have used the
 * units since, or the benefit may be gone), and returns the units they
 * use. A line without a member price uses nothing.
 */
export async function checkCartDiscounts(
  manager: Manager,
  input: CartDiscountsInput
): Promise<BenefitPlan> {
  const planned = await planCartDiscounts(manager, input)
  const uses = new Map<string, BenefitUse>()
  const refusals: BenefitRefusal[] = []
  for (const line of input.lines) {
    const carried = new Map<string, number>()
    for (const adjustment of line.adjustments ?? []) {
      if (adjustment.promotion_id && planned.benefit_promotions.has(adjustment.promotion_id)) {
        carried.set(
          adjustment.promotion_id,
          (carried.get(adjustment.promotion_id) ?? 0) + Number(adjustment.amount)
        )
      }
    }
    const expected = planned.adjustments.filter((a) => a.item_id === line.item_id)
    for (const [promotion_id, amount] of carried) {
      const due = expected.find((a) => a.promotion_id === promotion_id)
      if (due && Math.abs(due.amount - amount) <= AMOUNT_TOLERANCE) {
        const key = `${due.benefit_id}:${due.product_id}`
        const use = uses.get(key) ?? {
          benefit_id: due.benefit_id,
          product_id: due.product_id,
          quantity: 0,
        }
        use.quantity += due.quantity
        uses.set(key, use)
        continue
      }
      const title = planned.benefit_promotions.get(promotion_id)!
      refusals.push({
        reason: "discount_withdrawn",
        product_id: line.product_id,
        promotion_id,
        message: planned.held_promotions.has(promotion_id)
          ? `Your member price "${title}" now covers ${due?.quantity ?? 0} of your ${line.quantity} "${line.product_title}"; update the cart to see its current price.`
          : `The discount "${title}" no longer applies to "${line.product_title}"; update the cart to see its current price.`,
      })
    }
  }
  return { uses: refusals.length ? [] : [...uses.values()], refusals }
}

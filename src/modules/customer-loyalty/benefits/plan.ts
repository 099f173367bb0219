import {
  BenefitPlan,
  BenefitRefusal,
  BenefitUse,
  HeldBenefit,
  PurchaseLine,
  SaleStart,
} from "./types"
import { formatInstant } from "./format"

export type PlanInput = {
  lines: PurchaseLine[]
  /** The limited benefits the customer holds now. */
  held: HeldBenefit[]
  /** Usage already counted (other orders and other carts' reservations). */
  used: BenefitUse[]
  /** What the lines already in the cart count: it counts too, and refusals say it is in the cart. */
  inCart?: BenefitUse[]
  saleStarts: SaleStart[]
  now: Date
  /** Recording a placed order counts what it used without refusing anything. */
  enforce?: boolean
}

type Demand = Map<string, number>

/**
 * Decides what a purchase counts against the customer's early-access
 * benefits and what, if anything, must be refused: a product before its
 * public sale start needs an early-access benefit that has opened, with
 * room left (the roomiest one is used). Nobody else may buy it yet, so the
 * limit caps the purchase; after the public sale start no limit applies.
 * (Discount limits cap the discounted units, not the purchase: see
 * `assignDiscountUnits`.) Pure: the caller reads the state (under a lock
 * when it reserves).
 */
export function planBenefitUse(input: PlanInput): BenefitPlan {
  const enforce = input.enforce ?? true
  const titles = new Map(input.lines.map((line) => [line.product_id, line.product_title]))
  const counted = usedByBenefit([...input.used, ...(input.inCart ?? [])])
  const inCart = usedByBenefit(input.inCart ?? [])
  const uses: BenefitUse[] = []
  const refusals: BenefitRefusal[] = []

  const take = (benefit: HeldBenefit, demand: Demand) => {
    const state = counted.get(benefit.id) ?? new Map<string, number>()
    counted.set(benefit.id, state)
    for (const [product_id, quantity] of demand) {
      uses.push({ benefit_id: benefit.id, product_id, quantity })
      state.set(product_id, (state.get(product_id) ?? 0) + quantity)
    }
  }

  const earlyProducts = onSaleLater(input.saleStarts, input.now)
  for (const [product_id, quantity] of productQuantities(input.lines)) {
    const publicStart = earlyProducts.get(product_id)
    if (!publicStart) {
      continue
    }
    const demand: Demand = new Map([[product_id, quantity]])
    const candidates = input.held.filter(
      (b) => b.kind === "early_access" && b.product_ids?.includes(product_id)
    )
    const open = roomiestFirst(
      candidates.filter((b) => !b.early_access_from || b.early_access_from <= input.now)
    )
    if (!open.length) {
      if (enforce) {
        refusals.push(
          notOnSale(product_id, titles.get(product_id)!, publicStart, candidates, input.now)
        )
      }
      continue
    }
    const fits = enforce
      ? open.find((b) => !limitRefusal(b, counted.get(b.id), demand, titles))
      : open[0]
    if (fits) {
      take(fits, demand)
    } else {
      const refusal = limitRefusal(open[0], counted.get(open[0].id), demand, titles)!
      refusals.push(
        refusal.reason === "products"
          ? refusal
          : {
              ...refusal,
              message: earlyAccessLimitMessage(
                open[0],
                product_id,
                titles,
                publicStart,
                counted,
                inCart
              ),
            }
      )
    }
  }

  return { uses: enforce && refusals.length ? [] : uses, refusals }
}

/**
 * What an early access's item limit allows and where its items already
 * are, so the message agrees with the cart: `…: 2 of your 2 are in your cart.`
 */
function earlyAccessLimitMessage(
  benefit: HeldBenefit,
  product_id: string,
  titles: Map<string, string>,
  publicStart: Date,
  counted: Map<string, Map<string, number>>,
  inCart: Map<string, Map<string, number>>
): string {
  const limit = benefit.max_quantity!
  const total = benefit.quantity_scope === "total"
  const pick = (state: Map<string, number> | undefined) =>
    total ? sum((state ?? new Map()).values()) : (state?.get(product_id) ?? 0)
  const carted = pick(inCart.get(benefit.id))
  const before = pick(counted.get(benefit.id)) - carted
  const scope = total
    ? `${plural(limit, "item")} in total of the products it opens`
    : `${limit} of "${titles.get(product_id)}"`
  const where = [
    before > 0 ? `${before} of your ${limit} ${before === 1 ? "was" : "were"} bought before` : null,
    carted > 0
      ? `${before > 0 ? carted : `${carted} of your ${limit}`} ${carted === 1 ? "is" : "are"} in your cart`
      : null,
  ].filter(Boolean)
  return (
    `Your early access "${benefit.title}" allows ${scope} before the public sale on ${formatInstant(publicStart)}` +
    (where.length ? `: ${where.join(" and ")}.` : ".")
  )
}

/** The refusal a demand meets under a benefit's limits, or null when it fits. */
export function limitRefusal(
  benefit: HeldBenefit,
  used: Map<string, number> | undefined,
  demand: Demand,
  titles: Map<string, string>
): BenefitRefusal | null {
  const counted = used ?? new Map<string, number>()
  if (benefit.max_products !== null) {
    const usedProducts = [...counted].filter(([, quantity]) => quantity > 0).map(([id]) => id)
    const products = new Set([...usedProducts, ...demand.keys()])
    if (products.size > benefit.max_products) {
      const remaining = Math.max(0, benefit.max_products - usedProducts.length)
      return {
        reason: "products",
        benefit_id: benefit.id,
        limit: benefit.max_products,
        remaining,
        message: `Your benefit "${benefit.title}" can be used on ${plural(benefit.max_products, "product")}; ${remaining} more remain.`,
      }
    }
  }
  if (benefit.max_quantity === null) {
    return null
  }
  if (benefit.quantity_scope === "total") {
    const usedItems = sum(counted.values())
    if (usedItems + sum(demand.values()) > benefit.max_quantity) {
      const remaining = Math.max(0, benefit.max_quantity - usedItems)
      return {
        reason: "quantity_total",
        benefit_id: benefit.id,
        limit: benefit.max_quantity,
        remaining,
        message: `Your benefit "${benefit.title}" allows ${plural(benefit.max_quantity, "item")} in total; ${remaining} remain.`,
      }
    }
    return null
  }
  for (const [product_id, quantity] of demand) {
    const usedItems = counted.get(product_id) ?? 0
    if (usedItems + quantity > benefit.max_quantity) {
      const remaining = Math.max(0, benefit.max_quantity - usedItems)
      return {
        reason: "quantity_per_product",
        benefit_id: benefit.id,
        product_id,
        limit: benefit.max_quantity,
        remaining,
        message: `Your benefit "${benefit.title}" allows ${plural(benefit.max_quantity, "item")} of "${titles.get(product_id)}"; ${remaining} remain.`,
      }
    }
  }
  return null
}

/** Items left for one product under a benefit, or null when unlimited. */
export function remainingFor(
  benefit: HeldBenefit,
  used: BenefitUse[],
  product_id: string
): number | null {
  const own = used.filter((u) => u.benefit_id === benefit.id)
  const usedProducts = new Set(own.filter((u) => u.quantity > 0).map((u) => u.product_id))
  if (
    benefit.max_products !== null &&
    !usedProducts.has(product_id) &&
    usedProducts.size >= benefit.max_products
  ) {
    return 0
  }
  if (benefit.max_quantity === null) {
    return null
  }
  const counted =
    benefit.quantity_scope === "total"
      ? sum(own.map((u) => u.quantity))
      : sum(own.filter((u) => u.product_id === product_id).map((u) => u.quantity))
  return Math.max(0, benefit.max_quantity - counted)
}

function notOnSale(
  product_id: string,
  title: string,
  publicStart: Date,
  candidates: HeldBenefit[],
  now: Date
): BenefitRefusal {
  const opening = candidates
    .filter((b) => b.early_access_from && b.early_access_from > now)
    .sort((a, b) => a.early_access_from!.getTime() - b.early_access_from!.getTime())[0]
  const message = `"${title}" goes on sale on ${formatInstant(publicStart)}.`
  return opening
    ? {
        reason: "not_on_sale",
        product_id,
        public_sale_starts_at: publicStart,
        early_access_from: opening.early_access_from!,
        message: `${message} Your early access ("${opening.title}") opens on ${formatInstant(opening.early_access_from!)}.`,
      }
    : { reason: "not_on_sale", product_id, public_sale_starts_at: publicStart, message }
}

/** Items per product; a fraction of an item (Medusa accepts one) counts as an item. */
function productQuantities(lines: PurchaseLine[]): Demand {
  const demand: Demand = new Map()
  for (const line of lines) {
    demand.set(line.product_id, (demand.get(line.product_id) ?? 0) + line.quantity)
  }
  for (const [product_id, quantity] of demand) {
    demand.set(product_id, Math.ceil(quantity))
  }
  return demand
}

function onSaleLater(saleStarts: SaleStart[], now: Date): Map<string, Date> {
  return new Map(
    saleStarts
      .filter((s) => s.public_sale_starts_at > now)
      .map((s) => [s.product_id, s.public_sale_starts_at])
  )
}

function usedByBenefit(used: BenefitUse[]): Map<string, Map<string, number>> {
  const byBenefit = new Map<string, Map<string, number>>()
  for (const use of used) {
    const products = byBenefit.get(use.benefit_id) ?? new Map<string, number>()
    products.set(use.product_id, (products.get(use.product_id) ?? 0) + use.quantity)
    byBenefit.set(use.benefit_id, products)
  }
  return byBenefit
}

/** Unlimited benefits first, then the larger item limits. */
function roomiestFirst(benefits: HeldBenefit[]): HeldBenefit[] {
  const room = (b: HeldBenefit) => (b.max_quantity === null ? Infinity : b.max_quantity)
  return [...benefits].sort((a, b) => room(b) - room(a))
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0)

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`

import { generateEntityId } from "@medusajs/framework/utils"
import { Manager, rows } from "../ledger/types"
import { CartLine, checkCartDiscounts } from "./cart-discounts"
import { assignDiscountUnits, HeldDiscount, PricedLine } from "./discount-units"
import { planBenefitUse } from "./plan"
import { BenefitPlan, BenefitUse, HeldBenefit, PurchaseLine, SaleStart } from "./types"

/** How long a cart's reservation counts while its completion is under way. */
export const RESERVATION_MINUTES = 30

const MAX_COUNTED_QUANTITY = 2_147_483_647

const jsonList = (values: string[]) => JSON.stringify([...new Set(values)])

/** A benefit as `SELECT b.*` gives it: every column, amounts as decimal text. */
export type HeldBenefitRow = HeldBenefit & {
  flag_id: string | null
  tier_id: string | null
  description: string | null
  url: string | null
  code: string | null
  starts_at: Date | null
  ends_at: Date | null
  discount_type: "percentage" | "fixed" | null
  discount_value: string | null
  raw_discount_value: Record<string, unknown> | null
  currency_code: string | null
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

/**
 * The customer's benefits of the given kinds now: those of the flags they
 * hold (not removed, not expired) and of their active membership's tier,
 * active and within their dates. A household's members share its tier.
 */
export async function heldBenefits(
  manager: Manager,
  customerId: string,
  now: Date,
  kinds: string[]
): Promise<HeldBenefitRow[]> {
  const found = await rows<HeldBenefitRow>(
    manager,
    `SELECT b.* FROM customer_benefit b
      WHERE b.deleted_at IS NULL AND b.is_active
        AND b.kind IN (SELECT jsonb_array_elements_text(?::jsonb))
        AND (b.starts_at IS NULL OR b.starts_at <= ?)
        AND (b.ends_at IS NULL OR b.ends_at > ?)
        AND (
          b.flag_id IN (
            SELECT a.flag_id FROM customer_flag_assignment a
             WHERE a.customer_id = ? AND a.removed_at IS NULL AND a.deleted_at IS NULL
               AND (a.expires_at IS NULL OR a.expires_at > ?))
          OR b.tier_id IN (
            SELECT acc.tier_id FROM loyalty_account_member m
              JOIN loyalty_account acc ON acc.id = m.account_id AND acc.deleted_at IS NULL
             WHERE m.customer_id = ? AND m.deleted_at IS NULL AND acc.status = 'active')
        )
      ORDER BY b.created_at, b.id`,
    [JSON.stringify(kinds), now, now, customerId, now, customerId]
  )
  return found.map((b) => ({
    ...b,
    early_access_from: b.early_access_from ? new Date(b.early_access_from) : null,
  }))
}

/**
 * What counts against the given benefits for a customer: placed orders not
 * cancelled, and reservations of carts being completed (not `exceptCartId`).
 */
export async function countedUsage(
  manager: Manager,
  customerId: string,
  benefitIds: string[],
  now: Date,
  exceptCartId: string | null = null
): Promise<BenefitUse[]> {
  if (!benefitIds.length) {
    return []
  }
  const found = await rows<BenefitUse>(
    manager,
    `SELECT benefit_id, product_id, SUM(quantity)::int AS quantity
       FROM customer_benefit_usage
      WHERE customer_id = ? AND deleted_at IS NULL AND released_at IS NULL
        AND benefit_id IN (SELECT jsonb_array_elements_text(?::jsonb))
        AND (order_id IS NOT NULL
             OR (reserved_until > ? AND cart_id IS DISTINCT FROM ?))
      GROUP BY benefit_id, product_id`,
    [customerId, jsonList(benefitIds), now, exceptCartId]
  )
  return found.map((u) => ({ ...u, quantity: Number(u.quantity) }))
}

export async function saleStartsOf(manager: Manager, productIds: string[]): Promise<SaleStart[]> {
  if (!productIds.length) {
    return []
  }
  const found = await rows<{ product_id: string; public_sale_starts_at: Date }>(
    manager,
    `SELECT product_id, public_sale_starts_at FROM product_sale_start
      WHERE deleted_at IS NULL AND product_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [jsonList(productIds)]
  )
  return found.map((s) => ({ ...s, public_sale_starts_at: new Date(s.public_sale_starts_at) }))
}

export type CheckPurchaseInput = {
  customer_id: string | null
  /** The lines to check. */
  lines: PurchaseLine[]
  /**
   * Lines already in the cart when items are added or changed: they count
   * against the limits (so a refusal says what remains beyond them) but
   * are not checked again; completing the cart checks everything.
   */
  in_cart?: PurchaseLine[]
  now: Date
  /** The cart being checked: its own reservation does not count against it. */
  cart_id?: string | null
}

/**
 * Plans a purchase against the customer's early-access benefits and the
 * sale starts. Discounts refuse nothing: their limits cap the discounted
 * units (`planCartDiscounts`).
 */
export async function checkPurchase(
  manager: Manager,
  input: CheckPurchaseInput
): Promise<BenefitPlan> {
  const lines = input.lines.filter((line) => line.quantity > 0)
  if (!lines.length) {
    return { uses: [], refusals: [] }
  }
  const inCart = (input.in_cart ?? []).filter((line) => line.quantity > 0)
  const held = input.customer_id
    ? await heldBenefits(manager, input.customer_id, input.now, ["early_access"])
    : []
  // One after another: these run on the caller's transaction connection.
  const used = input.customer_id
    ? await countedUsage(
        manager,
        input.customer_id,
        held.map((b) => b.id),
        input.now,
        input.cart_id ?? null
      )
    : []
  const saleStarts = await saleStartsOf(
    manager,
    [...lines, ...inCart].map((line) => line.product_id)
  )
  const alreadyInCart = inCart.length
    ? planBenefitUse({ lines: inCart, held, used, saleStarts, now: input.now, enforce: false }).uses
    : []
  return planBenefitUse({ lines, held, used, inCart: alreadyInCart, saleStarts, now: input.now })
}

/**
 * Checks a cart being completed and, when it passes, reserves what it uses
 * (early access before the public sale, the units its member prices cover)
 * until its order is placed. The customer's reservations are serialised by
 * a transaction-scoped advisory lock: two carts completed at once see each
 * other's reservation and cannot together pass a limit.
 */
export async function reserveForCart(
  manager: Manager,
  input: CheckPurchaseInput & { cart_id: string; currency_code: string; lines: CartLine[] }
): Promise<BenefitPlan> {
  if (input.customer_id) {
    await lockCustomerUsage(manager, input.customer_id)
  }
  await manager.execute(
    `DELETE FROM customer_benefit_usage
      WHERE cart_id = ? AND order_id IS NULL AND deleted_at IS NULL`,
    [input.cart_id]
  )
  const early = await checkPurchase(manager, input)
  const discounts = await checkCartDiscounts(manager, input)
  const plan = {
    uses: [...early.uses, ...discounts.uses],
    refusals: [...early.refusals, ...discounts.refusals],
  }
  if (plan.refusals.length || !plan.uses.length) {
    return plan
  }
  const until = new Date(input.now.getTime() + RESERVATION_MINUTES * 60_000)
  await insertUsage(
    manager,
    plan.uses.map((use) => ({
      ...use,
      customer_id: input.customer_id!,
      cart_id: input.cart_id,
      reserved_until: until,
    }))
  )
  return plan
}

/** Drops a cart's reservation (its completion failed). */
export async function releaseCart(manager: Manager, cartId: string): Promise<void> {
  await manager.execute(
    `DELETE FROM customer_benefit_usage
      WHERE cart_id = ? AND order_id IS NULL AND deleted_at IS NULL`,
    [cartId]
  )
}

/** Turns a cart's reservation into the usage of the order it became. */
export async function attachCartToOrder(
  manager: Manager,
  cartId: string,
  orderId: string
): Promise<number> {
  const updated = await rows<{ id: string }>(
    manager,
    `UPDATE customer_benefit_usage
        SET order_id = ?, reserved_until = NULL, updated_at = now()
      WHERE cart_id = ? AND order_id IS NULL AND deleted_at IS NULL
      RETURNING id`,
    [orderId, cartId]
  )
  return updated.length
}

export type RecordOrderInput = {
  order_id: string
  /** The cart the order was completed from: its reservation becomes the order's usage. */
  cart_id?: string | null
  customer_id: string
  currency_code: string
  lines: PricedLine[]
  /** When the order was placed: early access is judged at that moment. */
  placed_at: Date
}

/**
 * Records what a placed order used, once: the reservation of the cart it
 * was completed from becomes its usage; an order without a cart (created by
 * staff, say) is counted here; a second delivery finds the rows and changes
 * nothing.
 */
export async function recordOrder(
  manager: Manager,
  input: RecordOrderInput
): Promise<{ recorded: number; duplicate: boolean }> {
  await lockCustomerUsage(manager, input.customer_id)
  if (input.cart_id) {
    const attached = await attachCartToOrder(manager, input.cart_id, input.order_id)
    if (attached) {
      return { recorded: attached, duplicate: false }
    }
  }
  const [existing] = await rows<{ id: string }>(
    manager,
    `SELECT id FROM customer_benefit_usage WHERE order_id = ? AND deleted_at IS NULL LIMIT 1`,
    [input.order_id]
  )
  if (existing) {
    return { recorded: 0, duplicate: true }
  }
  if (input.cart_id) {
    // Its completion reserved what it used, here nothing: no early access
    // needed, no member price in the cart (sold at the normal price).
    return { recorded: 0, duplicate: false }
  }
  const held = await heldBenefits(manager, input.customer_id, input.placed_at, [
    "discount",
    "early_access",
  ])
  const saleStarts = await saleStartsOf(
    manager,
    input.lines.map((line) => line.product_id)
  )
  const early = planBenefitUse({
    lines: input.lines,
    held,
    used: [],
    saleStarts,
    now: input.placed_at,
    enforce: false,
  })
  const discounts = held.filter((b) => b.kind === "discount") as HeldDiscount[]
  const used = await countedUsage(
    manager,
    input.customer_id,
    discounts.map((b) => b.id),
    input.placed_at
  )
  const discounted = assignDiscountUnits({
    lines: input.lines,
    held: discounts,
    used,
    currency_code: input.currency_code,
  })
  const uses = [...early.uses, ...byBenefitAndProduct(discounted)]
  await insertUsage(
    manager,
    uses.map((use) => ({ ...use, customer_id: input.customer_id, order_id: input.order_id }))
  )
  return { recorded: uses.length, duplicate: false }
}

/** Gives back what a cancelled order used; a second call changes nothing. */
export async function releaseOrder(
  manager: Manager,
  orderId: string,
  now: Date
): Promise<string[]> {
  const released = await rows<{ id: string }>(
    manager,
    `UPDATE customer_benefit_usage SET released_at = ?, updated_at = now()
      WHERE order_id = ? AND released_at IS NULL AND deleted_at IS NULL
      RETURNING id`,
    [now, orderId]
  )
  return released.map((r) => r.id)
}

/** Undoes `releaseOrder` (compensation). */
export async function unreleaseUsage(manager: Manager, ids: string[]): Promise<void> {
  if (ids.length) {
    await manager.execute(
      `UPDATE customer_benefit_usage SET released_at = NULL, updated_at = now()
        WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [jsonList(ids)]
    )
  }
}

/** One use per benefit and product (a product's lines may be several variants). */
function byBenefitAndProduct(units: BenefitUse[]): BenefitUse[] {
  const uses = new Map<string, BenefitUse>()
  for (const { benefit_id, product_id, quantity } of units) {
    const key = `${benefit_id}:${product_id}`
    const use = uses.get(key) ?? { benefit_id, product_id, quantity: 0 }
    use.quantity += quantity
    uses.set(key, use)
  }
  return [...uses.values()]
}

async function lockCustomerUsage(manager: Manager, customerId: string) {
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('customer_benefit_usage:' || ?))`, [
    customerId,
  ])
}

type UsageRow = BenefitUse & {
  customer_id: string
  cart_id?: string | null
  order_id?: string | null
  reserved_until?: Date | null
}

async function insertUsage(manager: Manager, usage: UsageRow[]) {
  if (!usage.length) {
    return
  }
  const values = usage.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, now(), now())").join(", ")
  const params = usage.flatMap((u) => [
    generateEntityId(undefined, "cbenu"),
    u.benefit_id,
    u.customer_id,
    u.product_id,
    // The column is an integer; past this an unlimited benefit's count changes nothing.
    Math.min(u.quantity, MAX_COUNTED_QUANTITY),
    u.cart_id ?? null,
    u.order_id ?? null,
    u.reserved_until ?? null,
  ])
  await manager.execute(
    `INSERT INTO customer_benefit_usage
       (id, benefit_id, customer_id, product_id, quantity, cart_id, order_id, reserved_until, created_at, updated_at)
     VALUES ${values}
     ON CONFLICT (order_id, benefit_id, product_id) WHERE deleted_at IS NULL AND order_id IS NOT NULL
     DO NOTHING`,
    params
  )
}

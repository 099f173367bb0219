import {
  isSegmentGroup,
  SegmentCondition,
  SegmentRuleNode,
  SegmentRules,
  SegmentWindow,
} from "../../../src/segments"
import { DAY, startOfLocalDay, World } from "./random-world"

/**
 * A plain reading of segment rules over the world in memory, one customer
 * at a time: what the rules mean, written without SQL, for the property
 * tests to hold the compiled statement against.
 */
export function evaluateSegment(
  rules: SegmentRules,
  world: World,
  marketingConsentKey = "marketing_consent"
): Set<string> {
  const reader = new WorldReader(world, marketingConsentKey)
  return new Set(
    world.customers.filter((c) => !c.deleted && reader.matches(rules, c.id)).map((c) => c.id)
  )
}

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

function nextDay(date: string) {
  const [year, month, day] = date.split("-").map(Number)
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day + 1)
  return d.toISOString().slice(0, 10)
}

class WorldReader {
  private readonly customers: Map<string, World["customers"][number]>
  private readonly products: Map<string, World["products"][number]>
  private readonly lineage: Map<string, string[]>

  constructor(
    private readonly world: World,
    private readonly marketingConsentKey: string
  ) {
    this.customers = new Map(world.customers.map((c) => [c.id, c]))
    this.products = new Map(world.products.map((p) => [p.id, p]))
    this.lineage = new Map(world.categories.map((c) => [c.id, c.lineage]))
  }

  matches(node: SegmentRuleNode, customerId: string): boolean {
    if (isSegmentGroup(node)) {
      return "all" in node
        ? node.all.every((child) => this.matches(child, customerId))
        : node.any.some((child) => this.matches(child, customerId))
    }
    return this.condition(node, customerId)
  }

  // ---- Time ------------------------------------------------------------------

  private startOf(date: string) {
    return isDateOnly(date) ? startOfLocalDay(date, this.world.timezone) : Date.parse(date)
  }

  private before(t: number, date: string) {
    return t < this.startOf(date)
  }

  private after(t: number, date: string) {
    return isDateOnly(date)
      ? t >= startOfLocalDay(nextDay(date), this.world.timezone)
      : t > Date.parse(date)
  }

  private until(t: number, date: string) {
    return isDateOnly(date)
      ? t < startOfLocalDay(nextDay(date), this.world.timezone)
      : t <= Date.parse(date)
  }

  private inWindow(t: number, window?: SegmentWindow) {
    if (!window) return true
    if ("days" in window) return t >= this.world.now - window.days * DAY
    return (
      (!window.from || t >= this.startOf(window.from)) && (!window.to || this.until(t, window.to))
    )
  }

  private date(t: number | undefined, { op, value }: SegmentCondition): boolean {
    if (op === "exists") return t !== undefined
    if (op === "not_exists") return t === undefined
    if (t === undefined) return false
    switch (op) {
      case "in_last_days":
        return t >= this.world.now - (value as number) * DAY
      case "not_in_last_days":
        return t < this.world.now - (value as number) * DAY
      case "before":
        return this.before(t, value as string)
      case "after":
        return this.after(t, value as string)
      case "between": {
        const [from, to] = value as [string, string]
        return t >= this.startOf(from) && this.until(t, to)
      }
    }
    throw new Error(`date operator ${op}`)
  }

  // ---- Values ----------------------------------------------------------------

  private number(n: number, { op, value }: SegmentCondition): boolean {
    if (op === "between") {
      const [min, max] = value as [number, number]
      return n >= min && n <= max
    }
    const v = value as number
    return { eq: n === v, neq: n !== v, gt: n > v, gte: n >= v, lt: n < v, lte: n <= v }[op as "eq"]
  }

  private text(s: string, { op, value }: SegmentCondition): boolean {
    switch (op) {
      case "eq":
        return s === value
      case "neq":
        return s !== value
      case "in":
        return (value as string[]).includes(s)
      case "not_in":
        return !(value as string[]).includes(s)
    }
    throw new Error(`text operator ${op}`)
  }

  /** A stored scalar equals the value when both are the same, or read as text the same. */
  private metadata(stored: unknown, { op, value }: SegmentCondition): boolean {
    const present = stored !== undefined && stored !== null
    const equal =
      present &&
      ["string", "number", "boolean"].includes(typeof stored) &&
      (typeof stored === typeof value ? stored === value : String(stored) === String(value))
    switch (op) {
      case "exists":
        return present
      case "not_exists":
        return !present
      case "eq":
        return equal
      case "neq":
        return !equal
    }
    throw new Error(`metadata operator ${op}`)
  }

  // ---- Facts -----------------------------------------------------------------

  private countedOrders(customerId: string) {
    return this.world.orders.filter((o) => o.counted && o.customer_id === customerId)
  }

  private itemMatches(
    field: string,
    ids: string[],
    item: World["orders"][number]["items"][number]
  ) {
    const product = item.product_id ? this.products.get(item.product_id) : undefined
    switch (field) {
      case "purchased_product":
        return item.product_id !== null && ids.includes(item.product_id)
      case "purchased_variant":
        return item.variant_id !== null && ids.includes(item.variant_id)
      case "purchased_collection":
        return !!product?.collection_id && ids.includes(product.collection_id)
      case "purchased_category":
        return !!product?.category_ids.some((c) =>
          this.lineage.get(c)!.some((id) => ids.includes(id))
        )
    }
    throw new Error(`purchase field ${field}`)
  }

  private condition(condition: SegmentCondition, customerId: string): boolean {
    const customer = this.customers.get(customerId)!
    const account = this.world.accounts.get(customerId)
    const orders = this.countedOrders(customerId)
    const times = orders.map((o) => o.created_at)
    switch (condition.field) {
      case "total_spent":
      case "order_count": {
        const inScope = orders.filter(
          (o) =>
            this.inWindow(o.created_at, condition.window) &&
            (!condition.currency_code || o.currency_code === condition.currency_code)
        )
        const figure =
          condition.field === "total_spent"
            ? inScope.reduce((sum, o) => sum + o.amount, 0)
            : inScope.length
        return this.number(figure, condition)
      }
      case "first_order_at":
        return this.date(times.length ? Math.min(...times) : undefined, condition)
      case "last_order_at":
        return this.date(times.length ? Math.max(...times) : undefined, condition)
      case "purchased_product":
      case "purchased_variant":
      case "purchased_collection":
      case "purchased_category": {
        const ids = condition.value as string[]
        let quantity = 0
        let withItems = 0
        for (const order of orders.filter((o) => this.inWindow(o.created_at, condition.window))) {
          const bought = order.items.filter((item) => this.itemMatches(condition.field, ids, item))
          quantity += bought.reduce((sum, item) => sum + item.quantity, 0)
          withItems += bought.length ? 1 : 0
        }
        return condition.op === "not_in"
          ? quantity === 0
          : quantity >= (condition.min_quantity ?? 1) && withItems >= (condition.min_orders ?? 1)
      }
      case "has_flag": {
        const has = this.world.assignments.some(
          (a) =>
            a.customer_id === customerId &&
            a.active &&
            (a.expires_at === null || a.expires_at > this.world.now) &&
            (condition.value as string[]).includes(a.flag_id)
        )
        return condition.op === "in" ? has : !has
      }
      case "customer_group": {
        const inGroup = this.world.groups.some(
          (g) => g.customer_id === customerId && (condition.value as string[]).includes(g.group_id)
        )
        return condition.op === "in" ? inGroup : !inGroup
      }
      case "points_balance":
        return this.number(account?.available ?? 0, condition)
      case "lifetime_points":
        return this.number(account?.lifetime ?? 0, condition)
      case "tier": {
        const inTier = !!account?.tier_id && (condition.value as string[]).includes(account.tier_id)
        return condition.op === "in" ? inTier : !inTier
      }
      case "created_at":
        return this.date(customer.created_at, condition)
      case "email_domain":
        return this.text(((customer.email ?? "").split("@")[1] ?? "").toLowerCase(), condition)
      case "has_account":
        return customer.has_account === condition.value
      case "marketing_consent": {
        const consented = customer.metadata?.[this.marketingConsentKey] === true
        return condition.value ? consented : !consented
      }
      case "metadata":
        return this.metadata(customer.metadata?.[condition.key!], condition)
    }
    throw new Error(`field ${condition.field}`)
  }
}

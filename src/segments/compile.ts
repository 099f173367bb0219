import { SegmentFieldDefinition, segmentFieldDefinition } from "./catalog"
import { forCustomers, PurchaseTargets, purchasesByCustomer } from "./purchases"
import { join, raw, sql, SqlFragment, textArray } from "../lib/sql"
import { SegmentTime } from "./time"
import {
  isSegmentGroup,
  SegmentCondition,
  SegmentRuleNode,
  SegmentRules,
  SegmentWindow,
} from "./types"

export type SegmentCompileOptions = {
  /** IANA name; `YYYY-MM-DD` dates mean whole days in it. */
  timezone: string
  /** "Now" for relative windows: fixed per statement, so a refresh is consistent. */
  now: Date
  /** Customer metadata key holding marketing consent (`true` = consented). */
  marketing_consent_key: string
  /**
   * Only these customers (an incremental refresh after their orders
   * changed): the outer scan and every aggregate read only their rows, by
   * index. All customers when absent.
   */
  customer_ids?: readonly string[]
  /**
   * Customer columns to select beside `customer_id` (a preview shows the
   * newest members' names: read with the rules' own scan of `customer`,
   * not by joining the whole table a second time).
   */
  customer_columns?: readonly CustomerColumn[]
}

/** The customer columns a compiled statement may select beside the id. */
export type CustomerColumn = "email" | "first_name" | "last_name" | "created_at"

/**
 * Compiles a validated rule tree into one parameterised statement that
 * selects the ids of the matching customers (`customer_id`).
 *
 * Set-based throughout: every order figure within a window comes from one
 * aggregate over the order facts (`customer_order_fact`) with a column per
 * distinct (window, currency) — shared by all conditions that need it —
 * and every figure over the whole history from the sales figures kept per
 * customer and currency (`customer_sales_stats`, the facts added up), each
 * joined to `customer` by hash join; purchases from one aggregate over the
 * order line facts per set of targets, flags and groups from semi-joins. The statement reads
 * Medusa's customer and product tables and this plugin's order fact, flag
 * and ledger tables, all in the one database Medusa uses.
 *
 * The facts hold the orders that count (placed, neither drafts nor
 * canceled) with their current totals (the summary's `current_order_total`
 * of the order's current version) and current line quantities, so edits
 * and returns are reflected; narrow, indexed rows instead of the orders'
 * summary JSON.
 */
export function compileSegmentRules(
  rules: SegmentRules,
  options: SegmentCompileOptions
): SqlFragment {
  const compiler = new SegmentCompiler(options)
  const where = compiler.node(rules)
  const columns = (options.customer_columns ?? []).map((column) => `, c.${column}`).join("")
  return sql`SELECT c.id AS customer_id${raw(columns)}
  FROM customer c${compiler.joins()}
 WHERE c.deleted_at IS NULL${forCustomers(options.customer_ids, "c.id")}
   AND ${where}`
}

/** An aggregate of purchases of the same targets, with a column pair per window. */
type PurchaseScope = {
  alias: string
  targets: PurchaseTargets
  windows: Map<string, { suffix: string; window?: SegmentWindow }>
}

/**
 * One window and currency of the order figures: the columns
 * `<figure>_<suffix>` its conditions read (see orderFigure), of `os` (the
 * order facts) for a window or `ls` (the kept sales figures) without one.
 */
type OrderScope = {
  suffix: string
  window?: SegmentWindow
  currency_code?: string
  /** The figures the conditions read: only these are aggregated. */
  measures: Set<OrderMeasure>
}

type OrderMeasure = "orders" | "first_at" | "last_at" | "amount"

/** A scope without a window covers the whole history: the kept sales figures answer it. */
const isLifetime = (scope: OrderScope) => !scope.window

/** Each figure of an order scope, over the facts (`f`) and over the kept sales figures (`s`). */
const ORDER_MEASURES: Record<OrderMeasure, { facts: string; stats: string }> = {
  orders: { facts: "COUNT(*)", stats: "SUM(s.order_count)" },
  first_at: { facts: "MIN(f.placed_at)", stats: "MIN(s.first_order_at)" },
  last_at: { facts: "MAX(f.placed_at)", stats: "MAX(s.last_order_at)" },
  amount: { facts: "SUM(f.total)", stats: "SUM(s.sales_total)" },
}

const NUMBER_COMPARISONS: Record<string, string> = {
  eq: "=",
  neq: "<>",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
}

class SegmentCompiler {
  private readonly orderScopes = new Map<string, OrderScope>()
  private readonly purchaseScopes = new Map<string, PurchaseScope>()
  private usesLoyalty = false
  private readonly time: SegmentTime

  constructor(private readonly options: SegmentCompileOptions) {
    this.time = new SegmentTime(options)
  }

  node(node: SegmentRuleNode): SqlFragment {
    if (isSegmentGroup(node)) {
      const [children, joiner, empty] =
        "all" in node ? [node.all, " AND ", "TRUE"] : [node.any, " OR ", "FALSE"]
      if (!children.length) {
        return raw(empty)
      }
      return sql`(${join(
        children.map((child) => this.node(child)),
        joiner
      )})`
    }
    return this.condition(node)
  }

  /** The LEFT JOINs the conditions asked for, in a stable order. */
  joins(): SqlFragment {
    const scopes = [...this.orderScopes.values()]
    const windowed = scopes.filter((scope) => !isLifetime(scope))
    const lifetime = scopes.filter(isLifetime)
    const parts: SqlFragment[] = []
    if (windowed.length) {
      parts.push(this.ordersJoin(windowed))
    }
    if (lifetime.length) {
      parts.push(this.salesStatsJoin(lifetime))
    }
    parts.push(...[...this.purchaseScopes.values()].map((scope) => this.purchaseScopeJoin(scope)))
    if (this.usesLoyalty) {
      parts.push(
        raw(`
  LEFT JOIN (
    SELECT m.customer_id, a.points_available, a.points_lifetime, a.tier_id
      FROM loyalty_account_member m
      JOIN loyalty_account a
        ON a.id = m.account_id AND a.deleted_at IS NULL AND a.status = 'active'
     WHERE m.deleted_at IS NULL
  ) la ON la.customer_id = c.id`)
      )
    }
    return join(parts, "")
  }

  private condition(condition: SegmentCondition): SqlFragment {
    const definition = segmentFieldDefinition(condition.field) as SegmentFieldDefinition
    switch (condition.field) {
      case "total_spent": {
        const amount = this.orderFigure(condition.window, condition.currency_code, "amount")
        return this.number(raw(`COALESCE(${amount}, 0)`), condition)
      }
      case "order_count": {
        const orders = this.orderFigure(condition.window, condition.currency_code, "orders")
        return this.number(raw(`COALESCE(${orders}, 0)`), condition)
      }
      case "first_order_at":
        return this.date(raw(this.orderFigure(undefined, undefined, "first_at")), condition)
      case "last_order_at":
        return this.date(raw(this.orderFigure(undefined, undefined, "last_at")), condition)
      case "purchased_product":
      case "purchased_variant":
      case "purchased_collection":
      case "purchased_category":
        return this.purchased(condition)
      case "has_flag":
        return this.exists(
          condition,
          sql`SELECT 1 FROM customer_flag_assignment fa
             WHERE fa.customer_id = c.id
               AND fa.flag_id = ANY(${textArray(condition.value as string[])})
               AND fa.removed_at IS NULL
               AND fa.deleted_at IS NULL
               AND (fa.expires_at IS NULL OR fa.expires_at > ${this.options.now}::timestamptz)`
        )
      case "customer_group":
        return this.exists(
          condition,
          sql`SELECT 1 FROM customer_group_customer cgc
             WHERE cgc.customer_id = c.id
               AND cgc.customer_group_id = ANY(${textArray(condition.value as string[])})
               AND cgc.deleted_at IS NULL`
        )
      case "points_balance":
        this.usesLoyalty = true
        return this.number(raw("COALESCE(la.points_available, 0)"), condition)
      case "lifetime_points":
        this.usesLoyalty = true
        return this.number(raw("COALESCE(la.points_lifetime, 0)"), condition)
      case "tier": {
        this.usesLoyalty = true
        const inTiers = sql`COALESCE(la.tier_id = ANY(${textArray(condition.value as string[])}), false)`
        return condition.op === "in" ? inTiers : sql`NOT ${inTiers}`
      }
      case "created_at":
        return this.date(raw("c.created_at"), condition)
      case "email_domain":
        return this.text(raw("lower(split_part(COALESCE(c.email, ''), '@', 2))"), condition)
      case "has_account":
        return sql`c.has_account = ${condition.value}`
      case "marketing_consent": {
        const consented = sql`COALESCE(c.metadata -> ${this.options.marketing_consent_key} = 'true'::jsonb, false)`
        return condition.value ? consented : sql`NOT ${consented}`
      }
      case "metadata":
        return this.metadata(condition)
    }
    throw new Error(`Segment field '${definition.field}' has no SQL`)
  }

  // ---- Value comparisons --------------------------------------------------

  /**
   * Values are cast to numeric: compared with an integer column PostgreSQL
   * would read the parameter as an integer and refuse 100.5 or 1e+21.
   */
  private number(expression: SqlFragment, { op, value }: SegmentCondition): SqlFragment {
    if (op === "between") {
      const [min, max] = value as [number, number]
      return sql`${expression} BETWEEN ${min}::numeric AND ${max}::numeric`
    }
    return sql`${expression} ${raw(NUMBER_COMPARISONS[op])} ${value}::numeric`
  }

  private date(expression: SqlFragment, { op, value }: SegmentCondition): SqlFragment {
    switch (op) {
      case "exists":
        return sql`${expression} IS NOT NULL`
      case "not_exists":
        return sql`${expression} IS NULL`
      case "in_last_days":
        return sql`${expression} >= ${this.time.daysAgo(value as number)}`
      case "not_in_last_days":
        return sql`${expression} < ${this.time.daysAgo(value as number)}`
      case "before":
        return sql`${expression} < ${this.time.startOf(value as string)}`
      case "after":
        return this.time.after(expression, value as string)
      case "between": {
        const [from, to] = value as [string, string]
        return sql`(${expression} >= ${this.time.startOf(from)} AND ${this.time.until(expression, to)})`
      }
    }
    throw new Error(`Date operator '${op}' has no SQL`)
  }

  private text(expression: SqlFragment, { op, value }: SegmentCondition): SqlFragment {
    switch (op) {
      case "eq":
        return sql`${expression} = ${value}`
      case "neq":
        return sql`${expression} <> ${value}`
      case "in":
        return sql`${expression} = ANY(${textArray(value as string[])})`
      case "not_in":
        return sql`NOT (${expression} = ANY(${textArray(value as string[])}))`
    }
    throw new Error(`Text operator '${op}' has no SQL`)
  }

  /**
   * Equal when the stored JSON value equals the value (so a number matches
   * however PostgreSQL prints it: 1e21 is 1000000000000000000000 to it), or
   * reads the same as text (the text "5" and the number 5).
   */
  private metadata({ op, key, value }: SegmentCondition): SqlFragment {
    const stored = sql`(c.metadata ->> ${key})`
    const equal = sql`COALESCE((c.metadata -> ${key}) = ${JSON.stringify(value)}::jsonb OR ${stored} = ${String(value)}, false)`
    switch (op) {
      case "exists":
        return sql`${stored} IS NOT NULL`
      case "not_exists":
        return sql`${stored} IS NULL`
      case "eq":
        return equal
      case "neq":
        return sql`NOT ${equal}`
    }
    throw new Error(`Metadata operator '${op}' has no SQL`)
  }

  private exists({ op }: SegmentCondition, subquery: SqlFragment): SqlFragment {
    return op === "in" ? sql`EXISTS (${subquery})` : sql`NOT EXISTS (${subquery})`
  }

  // ---- Orders ---------------------------------------------------------------

  /**
   * The column holding one figure of the shared aggregate for a window and
   * currency: `os.<figure>_<n>` over the order facts for a window,
   * `ls.<figure>_<n>` over the kept sales figures for the whole history.
   */
  private orderFigure(
    window: SegmentWindow | undefined,
    currencyCode: string | undefined,
    measure: OrderMeasure
  ): string {
    const scope = this.orderScope(window, currencyCode, measure)
    return `${isLifetime(scope) ? "ls" : "os"}.${measure}_${scope.suffix}`
  }

  /** The shared aggregate for a window and currency, created on first use. */
  private orderScope(
    window: SegmentWindow | undefined,
    currencyCode: string | undefined,
    measure: OrderMeasure
  ): OrderScope {
    const key = JSON.stringify([window ?? null, currencyCode ?? null])
    let scope = this.orderScopes.get(key)
    if (!scope) {
      scope = {
        suffix: String(this.orderScopes.size + 1),
        window,
        currency_code: currencyCode,
        measures: new Set(),
      }
      this.orderScopes.set(key, scope)
    }
    scope.measures.add(measure)
    return scope
  }

  /**
   * Every order figure within a window from one aggregate over the order
   * facts: a set of `FILTER`ed columns per window and currency, so "≥ 5,000
   * SEK in 365 days and ≥ 2 orders in 90 days" reads the facts once, not
   * once per scope. The scan
   * keeps the rows any scope needs (from the earliest window start, in the
   * one currency when all scopes name the same), and with the covering
   * (customer_id, placed_at, currency_code, total) index it can be an
   * index-only scan in customer order.
   *
   * Only the figures some condition reads are aggregated; a lone scope
   * whose window has no end needs no FILTER (the WHERE keeps just its rows).
   *
   * Fact rows are deleted when an order stops counting, never
   * soft-deleted, so there is no `deleted_at` test.
   */
  private ordersJoin(scopes: OrderScope[]): SqlFragment {
    const lone =
      scopes.length === 1 && !(scopes[0].window && "to" in scopes[0].window && scopes[0].window.to)
    const measures = join(
      scopes.map((scope) => {
        const conditions: SqlFragment[] = []
        if (scope.currency_code) {
          conditions.push(sql`f.currency_code = ${scope.currency_code}`)
        }
        if (scope.window) {
          conditions.push(this.time.windowPredicate(scope.window))
        }
        const only =
          conditions.length && !lone ? sql` FILTER (WHERE ${join(conditions, " AND ")})` : raw("")
        return this.measureColumns(scope, "facts", only)
      }),
      ",\n           "
    )
    const filters: SqlFragment[] = []
    const currencies = new Set(scopes.map((scope) => scope.currency_code ?? null))
    const [currency] = [...currencies]
    if (currencies.size === 1 && currency) {
      filters.push(sql`
       AND f.currency_code = ${currency}`)
    }
    const starts = scopes.map((scope) => this.time.windowStart(scope.window))
    if (!starts.some((start) => !start)) {
      filters.push(sql`
       AND f.placed_at >= ${starts.length === 1 ? starts[0]! : sql`LEAST(${join(starts as SqlFragment[], ", ")})`}`)
    }
    return sql`
  LEFT JOIN (
    SELECT f.customer_id,
           ${measures}
      FROM customer_order_fact f
     WHERE TRUE${join(filters, "")}${forCustomers(this.options.customer_ids)}
     GROUP BY f.customer_id
  ) os ON os.customer_id = c.id`
  }

  /**
   * Figures over a customer's whole history from the sales figures the
   * plugin keeps per customer and currency (`customer_sales_stats`: the
   * order facts added up, refreshed with them by the same workflow), a row
   * or two per customer instead of every order: "placed at least 3 orders"
   * no longer makes the facts' aggregate read every order ever placed.
   */
  private salesStatsJoin(scopes: OrderScope[]): SqlFragment {
    const measures = join(
      scopes.map((scope) => {
        const only = scope.currency_code
          ? sql` FILTER (WHERE s.currency_code = ${scope.currency_code})`
          : raw("")
        return this.measureColumns(scope, "stats", only)
      }),
      ",\n           "
    )
    return sql`
  LEFT JOIN (
    SELECT s.customer_id,
           ${measures}
      FROM customer_sales_stats s
     WHERE s.deleted_at IS NULL${forCustomers(this.options.customer_ids, "s.customer_id")}
     GROUP BY s.customer_id
  ) ls ON ls.customer_id = c.id`
  }

  /** `<figure>_<suffix>` columns of the figures a scope's conditions read, each with `only`. */
  private measureColumns(
    scope: OrderScope,
    source: "facts" | "stats",
    only: SqlFragment
  ): SqlFragment {
    return join(
      [...scope.measures].map(
        (measure) =>
          sql`${raw(ORDER_MEASURES[measure][source])}${only} AS ${raw(`${measure}_${scope.suffix}`)}`
      ),
      ",\n           "
    )
  }

  /**
   * Items bought of the chosen products, variants, collections or
   * categories. Conditions on the same targets share one aggregate, each
   * window a pair of `FILTER`ed columns, so "bought in the last 90 days but
   * not in the last 30" reads the orders once.
   */
  private purchased(condition: SegmentCondition): SqlFragment {
    const ids = condition.value as string[]
    const key = JSON.stringify([condition.field, [...ids].sort()])
    let scope = this.purchaseScopes.get(key)
    if (!scope) {
      scope = {
        alias: `p${this.purchaseScopes.size + 1}`,
        targets: {
          purchased_product: { product_ids: ids },
          purchased_variant: { variant_ids: ids },
          purchased_collection: { collection_ids: ids },
          purchased_category: { category_ids: ids },
        }[condition.field as "purchased_product"] as PurchaseTargets,
        windows: new Map(),
      }
      this.purchaseScopes.set(key, scope)
    }
    const windowKey = JSON.stringify(condition.window ?? null)
    let suffix = scope.windows.get(windowKey)?.suffix
    if (!suffix) {
      suffix = String(scope.windows.size + 1)
      scope.windows.set(windowKey, { suffix, window: condition.window })
    }

    const quantity = raw(`COALESCE(${scope.alias}.quantity_${suffix}, 0)`)
    const orders = raw(`COALESCE(${scope.alias}.orders_${suffix}, 0)`)
    if (condition.op === "not_in") {
      return sql`${quantity} = 0`
    }
    return sql`(${quantity} >= ${condition.min_quantity ?? 1} AND ${orders} >= ${condition.min_orders ?? 1})`
  }

  private purchaseScopeJoin(scope: PurchaseScope): SqlFragment {
    const windows = [...scope.windows.values()]
    // Read the lines from the earliest start of the windows on: all of them
    // if a condition has no window or a window no start. One lower bound
    // (not an OR of the windows) is a range of the (product_id, placed_at)
    // index; each window's exact bounds are in its FILTER.
    const starts = windows.map(({ window }) => this.time.windowStart(window))
    const scan = starts.some((start) => !start)
      ? raw("")
      : sql`
       AND f.placed_at >= ${starts.length === 1 ? starts[0]! : sql`LEAST(${join(starts as SqlFragment[], ", ")})`}`
    const measures = join(
      windows.map(({ suffix, window }) => {
        const only = window ? sql` FILTER (WHERE ${this.time.windowPredicate(window)})` : raw("")
        return sql`SUM(f.quantity)${only} AS quantity_${raw(suffix)},
           COUNT(DISTINCT f.order_id)${only} AS orders_${raw(suffix)}`
      }),
      ",\n           "
    )
    const alias = raw(scope.alias)
    return sql`
  LEFT JOIN (${purchasesByCustomer(
    scope.targets,
    sql`${scan}${forCustomers(this.options.customer_ids)}`,
    measures
  )}) ${alias} ON ${alias}.customer_id = c.id`
  }
}

/** What the customer overview can be sorted by (`-` before it: descending). */
export const OVERVIEW_ORDER_FIELDS = [
  "name",
  "email",
  "company",
  "sales_total",
  "order_count",
  "last_order_at",
  "points",
  "tier",
  "created_at",
] as const

export type OverviewOrderField = (typeof OVERVIEW_ORDER_FIELDS)[number]

export type OverviewOrder = { field: OverviewOrderField; descending: boolean }

export const DEFAULT_OVERVIEW_ORDER = "-sales_total"

/** Every accepted `order` value: each field, ascending and descending. */
export const OVERVIEW_ORDER_VALUES = OVERVIEW_ORDER_FIELDS.flatMap((field) => [field, `-${field}`])

export function parseOverviewOrder(value: string): OverviewOrder | null {
  const descending = value.startsWith("-")
  const field = (descending ? value.slice(1) : value) as OverviewOrderField
  return OVERVIEW_ORDER_FIELDS.includes(field) ? { field, descending } : null
}

/** The overview's filters, validated. All of them must hold. */
export type CustomerOverviewFilters = {
  /** Words, each found in the name, email or company (case ignored). */
  q?: string
  /** Customers with any of these flags, active now. */
  flag_ids?: string[]
  /** Customers in the segment now. */
  segment_id?: string
  /** Customers whose loyalty membership is on this tier. */
  tier_id?: string
  has_account?: boolean
  /** Bounds (inclusive) on the sales total in `currency_code`, main unit. */
  sales_min?: number
  sales_max?: number
  /** The currency of the sales figures; null: none (every total is 0). */
  currency_code: string | null
}

export type CustomerOverviewOptions = {
  /** "Now" for flag expiry, fixed per statement. */
  now: Date
  /** Customer metadata key holding marketing consent (`true` = consented). */
  marketing_consent_key: string
}

import { OVERVIEW_ORDER_FIELDS, type OverviewOrderField } from "../../customer-overview/types"
import { CustomerOverviewFilters } from "./types"

/** The columns the overview sorts by, as the API's `order` names them (the API's own list). */
export const OVERVIEW_SORT_KEYS = OVERVIEW_ORDER_FIELDS

export type OverviewSortKey = OverviewOrderField

/** The API's own default: the biggest spenders first. */
export const DEFAULT_SORTING = { id: "sales_total", desc: true } as const

const SINGLE_KEYS = [
  "q",
  "segment_id",
  "tier_id",
  "has_account",
  "sales_min",
  "sales_max",
  "currency_code",
] as const

type SingleKey = (typeof SINGLE_KEYS)[number]

/** Every filter the address may hold, for "is anything filtered?" and "clear". */
export const FILTER_KEYS = [...SINGLE_KEYS, "flag_id"] as const

const isSortKey = (value: string): value is OverviewSortKey =>
  (OVERVIEW_SORT_KEYS as readonly string[]).includes(value)

/** The filters in an address (`?flag_id=…&flag_id=…&has_account=true`); unknown values are left out. */
export const filtersOf = (params: URLSearchParams): CustomerOverviewFilters => {
  const filters: CustomerOverviewFilters = {}
  for (const key of SINGLE_KEYS) {
    // Kept as typed: trimming the search would eat the space before the next word.
    const value = params.get(key)
    if (value?.trim()) {
      filters[key] = value as never
    }
  }
  if (filters.has_account && !["true", "false"].includes(filters.has_account)) {
    delete filters.has_account
  }
  const flagIds = params.getAll("flag_id").filter(Boolean)
  if (flagIds.length) {
    filters.flag_id = [...new Set(flagIds)]
  }
  return filters
}

/** The sorting an address asks for (`order=-points`), or the default. */
export const sortingOf = (params: URLSearchParams): { id: OverviewSortKey; desc: boolean } => {
  const order = params.get("order") ?? ""
  const desc = order.startsWith("-")
  const id = desc ? order.slice(1) : order
  return isSortKey(id) ? { id, desc } : { ...DEFAULT_SORTING }
}

/** The `order` parameter for a sorting; null for the default, which the address leaves out. */
export const orderOf = (sorting: { id: string; desc: boolean } | null | undefined) => {
  if (!sorting || !isSortKey(sorting.id)) {
    return null
  }
  if (sorting.id === DEFAULT_SORTING.id && sorting.desc === DEFAULT_SORTING.desc) {
    return null
  }
  return `${sorting.desc ? "-" : ""}${sorting.id}`
}

/** The first row of the page in the address (`offset=40`), a multiple of the page size. */
export const offsetOf = (params: URLSearchParams, pageSize: number) => {
  const offset = Number(params.get("offset"))
  return Number.isInteger(offset) && offset > 0 ? offset - (offset % pageSize) : 0
}

/**
 * The API's query for what an address shows, in the API's own form
 * (`flag_id` repeated). Without `page` it is the export's: every row of the
 * filters, in the order shown.
 */
export const overviewQuery = (
  params: URLSearchParams,
  page?: { limit: number; offset: number }
) => {
  const query = new URLSearchParams()
  const filters = filtersOf(params)
  for (const key of SINGLE_KEYS) {
    const value = filters[key]
    if (value) {
      query.set(key, value)
    }
  }
  filters.flag_id?.forEach((id) => query.append("flag_id", id))
  const sorting = sortingOf(params)
  query.set("order", `${sorting.desc ? "-" : ""}${sorting.id}`)
  if (page) {
    query.set("limit", String(page.limit))
    query.set("offset", String(page.offset))
  }
  return query
}

export type OverviewChange =
  { key: SingleKey; value: string | null | undefined } | { key: "flag_id"; value: string[] }

/**
 * The address after changing filters: other parameters stay, and the page
 * goes back to the first, since the old page may no longer exist.
 */
export const withFilters = (params: URLSearchParams, changes: OverviewChange[]) => {
  const next = new URLSearchParams(params)
  for (const change of changes) {
    next.delete(change.key)
    if (change.key === "flag_id") {
      change.value.forEach((id) => next.append("flag_id", id))
    } else if (change.value) {
      next.set(change.key, change.value)
    }
  }
  next.delete("offset")
  return next
}

/** The address with a new sorting, back on the first page. */
export const withSorting = (
  params: URLSearchParams,
  sorting: { id: string; desc: boolean } | null | undefined
) => {
  const next = new URLSearchParams(params)
  const order = orderOf(sorting)
  if (order) {
    next.set("order", order)
  } else {
    next.delete("order")
  }
  next.delete("offset")
  return next
}

/** The address on another page. */
export const withOffset = (params: URLSearchParams, offset: number) => {
  const next = new URLSearchParams(params)
  if (offset > 0) {
    next.set("offset", String(offset))
  } else {
    next.delete("offset")
  }
  return next
}

/** The address without any filter (search included); the sorting stays. */
export const withoutFilters = (params: URLSearchParams) => {
  const next = new URLSearchParams(params)
  FILTER_KEYS.forEach((key) => next.delete(key))
  next.delete("offset")
  return next
}

const AMOUNT = /^\d+(\.\d{1,2})?$/

/**
 * What is wrong with a sales range as typed, as the API would say it: each
 * bound a number of 0 or more with at most 2 decimals, the lower not above
 * the upper. Null when the range is fine (or empty).
 */
export const salesRangeError = (min: string, max: string) => {
  const lower = min.trim()
  const upper = max.trim()
  if (lower && !AMOUNT.test(lower)) {
    return "The lowest total is a number of 0 or more, with at most 2 decimals."
  }
  if (upper && !AMOUNT.test(upper)) {
    return "The highest total is a number of 0 or more, with at most 2 decimals."
  }
  if (lower && upper && Number(lower) > Number(upper)) {
    return "The lowest total is above the highest."
  }
  return null
}

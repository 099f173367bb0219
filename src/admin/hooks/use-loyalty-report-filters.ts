import { useAddressParams } from "./use-address-params"
import { LoyaltyReportFilters } from "../lib/types"

const KEYS = ["from", "to", "type", "status", "q", "customer_id"] as const

const filtersOf = (params: URLSearchParams) => {
  const filters: LoyaltyReportFilters = {}
  for (const key of KEYS) {
    const value = params.get(key)
    if (value) {
      filters[key] = value
    }
  }
  return filters
}

/**
 * The report's filters live in the address (`?from=…&type=earn`), so a
 * filtered report can be bookmarked, shared and survives a reload.
 *
 * `filters` are those of the last render. The router writes a new address
 * first and re-renders later, in a transition React may put off, so an
 * action that must use the filters just chosen (the export) asks
 * `currentFilters()`, which reads the address itself.
 */
export const useLoyaltyReportFilters = () => {
  const { params, write } = useAddressParams()
  const filters = filtersOf(params)
  const currentFilters = () => filtersOf(new URLSearchParams(window.location.search))

  const setFilter = (key: (typeof KEYS)[number], value: string | null | undefined) =>
    write((next) => {
      if (value) {
        next.set(key, value)
      } else {
        next.delete(key)
      }
      return next
    })

  const clear = () =>
    write((next) => {
      KEYS.forEach((key) => next.delete(key))
      return next
    })

  return { filters, currentFilters, setFilter, clear }
}

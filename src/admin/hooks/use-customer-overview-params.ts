import {
  OverviewChange,
  filtersOf,
  offsetOf,
  overviewQuery,
  sortingOf,
  withFilters,
  withOffset,
  withSorting,
  withoutFilters,
} from "../lib/customer-overview-query"
import { useAddressParams } from "./use-address-params"

/**
 * The customer overview's filters, sorting and page live in the address
 * (`?flag_id=…&order=-points&offset=40`), so a view can be shared and
 * survives a reload. Each change writes the address once, page included,
 * starting from the address as it is now (see useAddressParams).
 *
 * The router writes a new address first and re-renders later, in a
 * transition React may put off, so the export asks `currentQuery()`, which
 * reads the address itself rather than the last render's filters.
 */
export const useCustomerOverviewParams = (pageSize: number) => {
  const { params, write } = useAddressParams()

  return {
    filters: filtersOf(params),
    sorting: sortingOf(params),
    offset: offsetOf(params, pageSize),
    /** The API's query for the page shown. */
    query: overviewQuery(params, { limit: pageSize, offset: offsetOf(params, pageSize) }),
    /** The export's query: every row of the filters in the address now. */
    currentQuery: () => overviewQuery(new URLSearchParams(window.location.search)),
    changeFilters: (...changes: OverviewChange[]) =>
      write((current) => withFilters(current, changes)),
    setSorting: (sorting: { id: string; desc: boolean } | null | undefined) =>
      write((current) => withSorting(current, sorting)),
    setOffset: (offset: number) => write((current) => withOffset(current, offset)),
    clear: () => write(withoutFilters),
  }
}

import { DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"

/**
 * The search and page of a searchable, paged table; a new search starts on
 * the first page. `tableState` goes to `useDataTable`, `search` and `offset`
 * to the list query.
 */
export const useSearchAndPages = (pageSize: number) => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })
  return {
    search,
    offset: pagination.pageIndex * pageSize,
    tableState: {
      search: {
        state: search,
        onSearchChange: (value: string) => {
          setSearch(value)
          setPagination((current) => ({ ...current, pageIndex: 0 }))
        },
      },
      pagination: { state: pagination, onPaginationChange: setPagination },
    },
  }
}

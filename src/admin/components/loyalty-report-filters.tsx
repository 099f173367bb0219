import { Button, DatePicker, Input, Select } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import {
  ENTRY_STATUSES,
  ENTRY_TYPES,
  fromDateParam,
  toDateParam,
} from "../lib/loyalty-format"
import { LoyaltyReportFilters as Filters } from "../lib/types"

const ALL = "all"

type LoyaltyReportFiltersProps = {
  filters: Filters
  onChange: (key: keyof Filters, value: string | null) => void
  onClear: () => void
}

/** Date range, entry type and status, and a search by member number, name or email. */
export const LoyaltyReportFilters = ({
  filters,
  onChange,
  onClear,
}: LoyaltyReportFiltersProps) => {
  const [search, setSearch] = useState(filters.q ?? "")
  const q = useDebouncedValue(search.trim())
  useEffect(() => {
    if (q !== (filters.q ?? "")) {
      onChange("q", q || null)
    }
    // Only a pause in typing updates the address, not every change of filters.
  }, [q])

  const hasFilters = Object.values(filters).some(Boolean)

  return (
    <div
      className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_minmax(0,1.5fr)_auto]"
      data-testid="loyalty-report-filters"
    >
      <DatePicker
        aria-label="From"
        size="small"
        value={fromDateParam(filters.from)}
        maxValue={fromDateParam(filters.to) ?? undefined}
        onChange={(date) => onChange("from", date ? toDateParam(date) : null)}
        data-testid="loyalty-report-filter-from"
      />
      <DatePicker
        aria-label="To"
        size="small"
        value={fromDateParam(filters.to)}
        minValue={fromDateParam(filters.from) ?? undefined}
        onChange={(date) => onChange("to", date ? toDateParam(date) : null)}
        data-testid="loyalty-report-filter-to"
      />
      <Select
        size="small"
        value={filters.type ?? ALL}
        onValueChange={(value) => onChange("type", value === ALL ? null : value)}
      >
        <Select.Trigger aria-label="Type" data-testid="loyalty-report-filter-type">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All types</Select.Item>
          {ENTRY_TYPES.map((type) => (
            <Select.Item key={type.value} value={type.value}>
              {type.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select
        size="small"
        value={filters.status ?? ALL}
        onValueChange={(value) => onChange("status", value === ALL ? null : value)}
      >
        <Select.Trigger aria-label="Status" data-testid="loyalty-report-filter-status">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>Any status</Select.Item>
          {ENTRY_STATUSES.map((status) => (
            <Select.Item key={status.value} value={status.value}>
              {status.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Input
        size="small"
        type="search"
        placeholder="Member number, name or email"
        aria-label="Search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        data-testid="loyalty-report-filter-q"
      />
      <Button
        size="small"
        variant="transparent"
        disabled={!hasFilters}
        onClick={() => {
          setSearch("")
          onClear()
        }}
      >
        Clear
      </Button>
    </div>
  )
}

import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, DatePicker, Input, Select, Text } from "@medusajs/ui"
import { ReactNode, useEffect, useState } from "react"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { ENTRY_STATUSES, ENTRY_TYPES, fromDateParam, toDateParam } from "../lib/loyalty-format"
import { LoyaltyReportFilters as Filters } from "../lib/types"

const ALL = "all"

const Filter = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex min-w-0 flex-col gap-y-1">
    <Text size="xsmall" leading="compact" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)

type LoyaltyReportFiltersProps = {
  filters: Filters
  onChange: (key: keyof Filters, value: string | null) => void
  onClear: () => void
  /** Who `filters.customer_id` is, once known (from the customer page's link). */
  customerLabel?: string | null
}

/** Date range, entry type and status, and a search by member number, name or email. */
export const LoyaltyReportFilters = ({
  filters,
  onChange,
  onClear,
  customerLabel,
}: LoyaltyReportFiltersProps) => {
  const [search, setSearch] = useState(filters.q ?? "")
  const q = useDebouncedValue(search.trim())
  useEffect(() => {
    if (q !== (filters.q ?? "")) {
      onChange("q", q || null)
    }
    // Only a pause in typing updates the address, not every change of filters.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [q])

  const hasFilters = Object.values(filters).some(Boolean)

  return (
    <div className="flex flex-col gap-y-2">
      <div
        className="grid grid-cols-1 items-end gap-2 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_minmax(0,1.5fr)_auto]"
        data-testid="loyalty-report-filters"
      >
        <Filter label="From">
          <DatePicker
            aria-label="From"
            size="small"
            value={fromDateParam(filters.from)}
            maxValue={fromDateParam(filters.to) ?? undefined}
            onChange={(date) => onChange("from", date ? toDateParam(date) : null)}
          />
        </Filter>
        <Filter label="To">
          <DatePicker
            aria-label="To"
            size="small"
            value={fromDateParam(filters.to)}
            minValue={fromDateParam(filters.from) ?? undefined}
            onChange={(date) => onChange("to", date ? toDateParam(date) : null)}
          />
        </Filter>
        <Filter label="Type">
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
        </Filter>
        <Filter label="Status">
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
        </Filter>
        <Filter label="Member">
          <Input
            size="small"
            type="search"
            placeholder="Member number, identifier, name or email"
            aria-label="Member number, identifier, name or email"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="loyalty-report-filter-q"
          />
        </Filter>
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
      {filters.customer_id && (
        <div>
          <Badge size="small" className="gap-x-1 pr-1" data-testid="loyalty-report-customer-filter">
            Customer: {customerLabel ?? filters.customer_id}
            <button
              type="button"
              aria-label="Show all customers"
              onClick={() => onChange("customer_id", null)}
              className="text-ui-fg-muted hover:text-ui-fg-subtle rounded-sm outline-none"
            >
              <XMarkMini />
            </button>
          </Badge>
        </div>
      )}
    </div>
  )
}

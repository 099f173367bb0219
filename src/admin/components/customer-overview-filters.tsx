import { Button, Hint, Input, Select, Text } from "@medusajs/ui"
import { ReactNode, useEffect, useState } from "react"
import { useCustomerFlags } from "../hooks/customer-flags"
import { useLoyaltyTiers } from "../hooks/loyalty-tiers"
import { useSegments } from "../hooks/segments"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { OverviewChange, salesRangeError } from "../lib/customer-overview-query"
import { CustomerOverviewFilters as Filters } from "../lib/types"
import { FlagMultiSelect } from "./flag-multi-select"

const ANY = "any"

const Filter = ({
  label,
  children,
  className,
}: {
  label: string
  children: ReactNode
  className?: string
}) => (
  <div className={`flex min-w-0 flex-col gap-y-1 ${className ?? ""}`}>
    <Text size="xsmall" leading="compact" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)

/** A select with "any" first; a chosen id not among the options (yet) still shows as chosen. */
const ChoiceFilter = ({
  label,
  anyLabel,
  value,
  options,
  onChange,
  testId,
}: {
  label: string
  anyLabel: string
  value: string | undefined
  options: { value: string; label: string }[]
  onChange: (value: string | null) => void
  testId: string
}) => (
  <Filter label={label}>
    <Select
      size="small"
      value={value ?? ANY}
      onValueChange={(next) => onChange(next === ANY ? null : next)}
    >
      <Select.Trigger aria-label={label} data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{anyLabel}</Select.Item>
        {value && !options.some((option) => option.value === value) && (
          <Select.Item value={value}>{value}</Select.Item>
        )}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </Filter>
)

/**
 * The lowest and highest sales total, typed freely; the address changes
 * after a pause in typing and only when the range makes sense.
 */
const SalesRange = ({
  min,
  max,
  onChange,
}: {
  min: string | undefined
  max: string | undefined
  onChange: (min: string | null, max: string | null) => void
}) => {
  const [typed, setTyped] = useState({ min: min ?? "", max: max ?? "" })
  // Cleared or changed elsewhere (Clear, back button): show the address's values.
  useEffect(() => setTyped({ min: min ?? "", max: max ?? "" }), [min, max])
  const settled = useDebouncedValue(typed, 500)
  const error = salesRangeError(typed.min, typed.max)

  useEffect(() => {
    const lower = settled.min.trim()
    const upper = settled.max.trim()
    if (salesRangeError(lower, upper) || (lower === (min ?? "") && upper === (max ?? ""))) {
      return
    }
    onChange(lower || null, upper || null)
    // Only a pause in typing writes the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [settled])

  return (
    <Filter label="Sales total" className="sm:col-span-2 lg:col-span-1">
      <div className="flex items-center gap-x-2">
        <Input
          size="small"
          type="number"
          min={0}
          step="0.01"
          placeholder="From"
          aria-label="Lowest sales total"
          value={typed.min}
          onChange={(event) => setTyped((current) => ({ ...current, min: event.target.value }))}
          data-testid="customer-overview-filter-sales-min"
        />
        <Text size="small" className="text-ui-fg-muted">
          –
        </Text>
        <Input
          size="small"
          type="number"
          min={0}
          step="0.01"
          placeholder="To"
          aria-label="Highest sales total"
          value={typed.max}
          onChange={(event) => setTyped((current) => ({ ...current, max: event.target.value }))}
          data-testid="customer-overview-filter-sales-max"
        />
      </div>
      {error && <Hint variant="error">{error}</Hint>}
    </Filter>
  )
}

type CustomerOverviewFiltersProps = {
  filters: Filters
  onChange: (...changes: OverviewChange[]) => void
  onClear: () => void
  /** The store's currencies, the default first. */
  currencies: string[]
}

/** Flags (any of), segment, tier, account, the sales range and its currency. */
export const CustomerOverviewFilters = ({
  filters,
  onChange,
  onClear,
  currencies,
}: CustomerOverviewFiltersProps) => {
  const flags = useCustomerFlags({ order: "name", limit: 100 })
  const segments = useSegments({ order: "name", limit: 100 })
  const tiers = useLoyaltyTiers()

  const currency = filters.currency_code ?? currencies[0]
  const currencyChoices = [...new Set([...currencies, ...(currency ? [currency] : [])])]
  const hasFilters = Object.values(filters).some((value) => !!value?.length)

  return (
    <div
      className="grid grid-cols-1 items-start gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_minmax(0,1.6fr)_88px_auto]"
      data-testid="customer-overview-filters"
    >
      <Filter label="Flags (any of)">
        <FlagMultiSelect
          flags={flags.customer_flags ?? []}
          isPending={flags.isPending}
          value={filters.flag_id ?? []}
          onChange={(ids) => onChange({ key: "flag_id", value: ids })}
          testId="customer-overview-filter-flags"
        />
      </Filter>
      <ChoiceFilter
        label="Segment"
        anyLabel="Any segment"
        value={filters.segment_id}
        options={(segments.segments ?? []).map((segment) => ({
          value: segment.id,
          label: segment.name,
        }))}
        onChange={(value) => onChange({ key: "segment_id", value })}
        testId="customer-overview-filter-segment"
      />
      <ChoiceFilter
        label="Tier"
        anyLabel="Any tier"
        value={filters.tier_id}
        options={(tiers.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.name }))}
        onChange={(value) => onChange({ key: "tier_id", value })}
        testId="customer-overview-filter-tier"
      />
      <ChoiceFilter
        label="Account"
        anyLabel="With or without"
        value={filters.has_account}
        options={[
          { value: "true", label: "Has an account" },
          { value: "false", label: "Guest only" },
        ]}
        onChange={(value) => onChange({ key: "has_account", value })}
        testId="customer-overview-filter-account"
      />
      <SalesRange
        min={filters.sales_min}
        max={filters.sales_max}
        onChange={(min, max) =>
          onChange({ key: "sales_min", value: min }, { key: "sales_max", value: max })
        }
      />
      <Filter label="Currency">
        <Select
          size="small"
          value={currency}
          onValueChange={(value) =>
            // The store's default is the API's own: the address leaves it out.
            onChange({ key: "currency_code", value: value === currencies[0] ? null : value })
          }
        >
          <Select.Trigger aria-label="Currency" data-testid="customer-overview-filter-currency">
            <Select.Value placeholder="…" />
          </Select.Trigger>
          <Select.Content>
            {currencyChoices.map((code) => (
              <Select.Item key={code} value={code}>
                {code.toUpperCase()}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Filter>
      {/* Level with the inputs (under their labels), also when a hint shows under the range. */}
      <div className="flex lg:pt-6">
        <Button size="small" variant="transparent" disabled={!hasFilters} onClick={onClear}>
          Clear
        </Button>
      </div>
    </div>
  )
}

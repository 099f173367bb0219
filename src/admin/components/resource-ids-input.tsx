import { Plus, XMarkMini } from "@medusajs/icons"
import { Button, Popover, Text } from "@medusajs/ui"
import { useState } from "react"
import { RESOURCE_NOUNS, useResourceNames, useResourceSearch } from "../hooks/segment-resources"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { SegmentIdResource } from "../lib/types"
import { SearchSelect } from "./search-select"

export type PickedItem = { id: string; label: string | null }

type ResourceIdsInputProps = {
  resource: SegmentIdResource
  value: PickedItem[]
  onChange: (value: PickedItem[]) => void
  testId?: string
}

const ResourceSearch = ({
  resource,
  picked,
  onPick,
  testId,
}: {
  resource: SegmentIdResource
  picked: Set<string>
  onPick: (item: PickedItem) => void
  testId?: string
}) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const { items, count, isPending, error } = useResourceSearch(resource, q)
  return (
    <SearchSelect
      noun={RESOURCE_NOUNS[resource].many}
      search={search}
      onSearchChange={setSearch}
      options={items.map((item) => ({
        ...item,
        disabledReason: picked.has(item.id) ? "Chosen" : undefined,
      }))}
      isPending={isPending}
      error={error ? error.message : null}
      selectedId={null}
      onSelect={(option) => onPick({ id: option.id, label: option.label })}
      footer={
        count > items.length
          ? `Showing ${items.length} of ${count}; search to find others.`
          : undefined
      }
      autoFocus
      testId={testId && `${testId}-search`}
    />
  )
}

/**
 * Several products, flags, tiers… picked by searching: the chosen ones as
 * removable tags, "Add" opens the search. Ids of saved rules get their names
 * looked up.
 */
export const ResourceIdsInput = ({ resource, value, onChange, testId }: ResourceIdsInputProps) => {
  const [open, setOpen] = useState(false)
  const names = useResourceNames({
    [resource]: value.filter((item) => !item.label).map((item) => item.id),
  })
  const nouns = RESOURCE_NOUNS[resource]

  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid={testId}>
      {value.map((item) => {
        const label = item.label ?? names.get(item.id) ?? item.id
        return (
          <span
            key={item.id}
            className="bg-ui-bg-component shadow-borders-base txt-compact-small inline-flex h-7 max-w-[240px] items-center gap-x-1 rounded-md pl-2 pr-1"
            data-testid={testId && `${testId}-chosen`}
          >
            <span className="truncate" title={label}>
              {label}
            </span>
            <button
              type="button"
              aria-label={`Remove ${label}`}
              className="text-ui-fg-muted hover:text-ui-fg-subtle focus-visible:shadow-borders-focus rounded-sm outline-none"
              onClick={() => onChange(value.filter((other) => other.id !== item.id))}
            >
              <XMarkMini />
            </button>
          </span>
        )
      })}
      <Popover open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <Button
            size="small"
            variant="secondary"
            type="button"
            data-testid={testId && `${testId}-add`}
          >
            <Plus />
            {value.length ? "Add" : `Choose ${nouns.many}`}
          </Button>
        </Popover.Trigger>
        <Popover.Content align="start" className="w-[320px] p-2">
          <ResourceSearch
            key={resource}
            resource={resource}
            picked={new Set(value.map((item) => item.id))}
            onPick={(item) => onChange([...value, item])}
            testId={testId}
          />
          <Text size="xsmall" className="text-ui-fg-muted mt-2">
            Pick as many as you need; click outside to close.
          </Text>
        </Popover.Content>
      </Popover>
    </div>
  )
}

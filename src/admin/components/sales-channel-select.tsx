import { XMarkMini } from "@medusajs/icons"
import { Badge, Checkbox, Input, Skeleton, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useSalesChannels } from "../hooks/sales-channels"
import { useDebouncedValue } from "../hooks/use-debounced-value"

export type SalesChannelOption = { id: string; name: string }

type SalesChannelSelectProps = {
  value: SalesChannelOption[]
  onChange: (value: SalesChannelOption[]) => void
}

/** Picks any number of sales channels; none picked means all of them. */
export const SalesChannelSelect = ({ value, onChange }: SalesChannelSelectProps) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())

  const { sales_channels, count, isPending, isError } = useSalesChannels(
    { q: q || undefined, limit: 50, fields: "id,name,is_disabled" },
    { placeholderData: keepPreviousData }
  )

  const selectedIds = new Set(value.map((channel) => channel.id))
  const toggle = (channel: SalesChannelOption) =>
    onChange(
      selectedIds.has(channel.id)
        ? value.filter((selected) => selected.id !== channel.id)
        : [...value, { id: channel.id, name: channel.name }]
    )

  return (
    <div className="flex flex-col gap-y-2" data-testid="customer-flag-sales-channels">
      <div className="flex min-h-7 flex-wrap items-center gap-1">
        {value.length ? (
          value.map((channel) => (
            <Badge key={channel.id} size="2xsmall" className="gap-x-0.5 pr-0.5">
              {channel.name}
              <button
                type="button"
                aria-label={`Remove ${channel.name}`}
                onClick={() => toggle(channel)}
                className="text-ui-fg-muted hover:text-ui-fg-subtle rounded-sm outline-none"
              >
                <XMarkMini />
              </button>
            </Badge>
          ))
        ) : (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            All sales channels
          </Text>
        )}
      </div>
      <div className="shadow-borders-base bg-ui-bg-base overflow-hidden rounded-lg">
        <div className="border-ui-border-base border-b p-2">
          <Input
            size="small"
            type="search"
            placeholder="Search sales channels"
            aria-label="Search sales channels"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="max-h-[176px] overflow-y-auto p-1">
          {isPending ? (
            <div className="flex flex-col gap-y-1 p-1">
              <Skeleton className="h-6 w-full" />
              <Skeleton className="h-6 w-2/3" />
            </div>
          ) : isError ? (
            <Text size="small" className="text-ui-fg-error px-2 py-2">
              Sales channels could not be loaded.
            </Text>
          ) : !sales_channels?.length ? (
            <Text size="small" className="text-ui-fg-subtle px-2 py-2">
              {q ? `No sales channels match "${q}"` : "No sales channels yet."}
            </Text>
          ) : (
            sales_channels.map((channel) => {
              const id = `sales-channel-${channel.id}`
              return (
                <label
                  key={channel.id}
                  htmlFor={id}
                  className="hover:bg-ui-bg-base-hover flex cursor-pointer items-center gap-x-2 rounded-md px-2 py-1.5"
                >
                  <Checkbox
                    id={id}
                    checked={selectedIds.has(channel.id)}
                    onCheckedChange={() => toggle(channel)}
                  />
                  <Text size="small" leading="compact" className="flex-1 truncate">
                    {channel.name}
                  </Text>
                  {channel.is_disabled && (
                    <Badge size="2xsmall" color="grey">
                      Disabled
                    </Badge>
                  )}
                </label>
              )
            })
          )}
          {!!count && sales_channels && count > sales_channels.length && (
            <Text size="xsmall" className="text-ui-fg-muted px-2 py-1.5">
              Showing {sales_channels.length} of {count}; search to find others.
            </Text>
          )}
        </div>
      </div>
    </div>
  )
}

import { Input, Skeleton, Text, clx } from "@medusajs/ui"
import { ReactNode } from "react"

export type SearchSelectOption = {
  id: string
  label: string
  description?: string | null
  /** Shown instead of being pickable, e.g. "Already a member". */
  disabledReason?: string
}

type SearchSelectProps = {
  /** What is searched, e.g. "customers": used in the placeholder and labels. */
  noun: string
  search: string
  onSearchChange: (search: string) => void
  options: SearchSelectOption[]
  isPending?: boolean
  error?: string | null
  selectedId: string | null
  onSelect: (option: SearchSelectOption) => void
  /** Under the list, e.g. "Showing 20 of 130; search to find others." */
  footer?: ReactNode
  autoFocus?: boolean
  testId?: string
}

/** A search field over a list to pick one item from, as in the dashboard's own pickers. */
export const SearchSelect = ({
  noun,
  search,
  onSearchChange,
  options,
  isPending,
  error,
  selectedId,
  onSelect,
  footer,
  autoFocus,
  testId,
}: SearchSelectProps) => (
  <div className="flex flex-col gap-y-2" data-testid={testId}>
    <Input
      size="small"
      type="search"
      placeholder={`Search ${noun}`}
      aria-label={`Search ${noun}`}
      value={search}
      onChange={(event) => onSearchChange(event.target.value)}
      autoFocus={autoFocus}
    />
    <div
      role="listbox"
      aria-label={noun}
      className="shadow-borders-base flex max-h-[280px] flex-col overflow-y-auto rounded-lg p-1"
    >
      {isPending ? (
        <div className="flex flex-col gap-y-2 p-2">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : error ? (
        <Text size="small" className="text-ui-fg-error p-2">
          {error}
        </Text>
      ) : !options.length ? (
        <Text size="small" className="text-ui-fg-subtle p-2">
          {search.trim() ? `No ${noun} match "${search.trim()}".` : `No ${noun} yet.`}
        </Text>
      ) : (
        options.map((option) => {
          const isSelected = option.id === selectedId
          const disabled = !!option.disabledReason
          return (
            <button
              key={option.id}
              type="button"
              role="option"
              aria-selected={isSelected}
              aria-disabled={disabled}
              disabled={disabled}
              data-testid={testId ? `${testId}-option` : undefined}
              onClick={() => onSelect(option)}
              className={clx(
                "flex items-center justify-between gap-x-3 rounded-md px-2 py-2 text-left outline-none",
                "hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus",
                "disabled:hover:bg-transparent disabled:cursor-not-allowed",
                isSelected && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover"
              )}
            >
              <div className="flex min-w-0 flex-1 flex-col">
                <Text
                  size="small"
                  leading="compact"
                  weight="plus"
                  className={clx("truncate", disabled && "text-ui-fg-disabled")}
                >
                  {option.label}
                </Text>
                {option.description && (
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                    {option.description}
                  </Text>
                )}
              </div>
              {option.disabledReason && (
                <Text size="xsmall" leading="compact" className="text-ui-fg-muted shrink-0">
                  {option.disabledReason}
                </Text>
              )}
            </button>
          )
        })
      )}
    </div>
    {footer && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {footer}
      </Text>
    )}
  </div>
)

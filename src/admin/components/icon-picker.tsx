import { MagnifyingGlass } from "@medusajs/icons"
import { Input, Text, clx } from "@medusajs/ui"
import { useEffect, useMemo, useRef, useState } from "react"
import { OFFERED_ICON_NAMES, getIcon } from "../lib/icons"

type IconPickerProps = {
  value: string
  onChange: (icon: string) => void
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "")

/**
 * A searchable grid of the UI icons of @medusajs/icons (no brand logos). A
 * flag's current icon that is no longer offered is shown first, so saving
 * the flag unchanged keeps it.
 */
export const IconPicker = ({ value, onChange }: IconPickerProps) => {
  const [search, setSearch] = useState("")
  const gridRef = useRef<HTMLDivElement>(null)

  // On opening, bring the flag's current icon into view, scrolling only the grid.
  useEffect(() => {
    const grid = gridRef.current
    const current = grid?.querySelector<HTMLElement>('[aria-selected="true"]')
    if (grid && current) {
      grid.scrollTop = current.offsetTop - 8
    }
  }, [])

  // Fixed on opening: the icon the flag had, even if it is no longer offered.
  const [initial] = useState(value)
  const names = useMemo(() => {
    const offered =
      initial && getIcon(initial) && !OFFERED_ICON_NAMES.includes(initial)
        ? [initial, ...OFFERED_ICON_NAMES]
        : OFFERED_ICON_NAMES
    const term = normalise(search)
    return term ? offered.filter((name) => normalise(name).includes(term)) : offered
  }, [search, initial])

  return (
    <div
      className="shadow-borders-base bg-ui-bg-base flex flex-col overflow-hidden rounded-lg"
      data-testid="customer-flag-icon-picker"
    >
      <div className="border-ui-border-base flex items-center gap-x-2 border-b p-2">
        <Input
          size="small"
          type="search"
          placeholder="Search icons"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="flex-1"
          aria-label="Search icons"
        />
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted shrink-0 px-1">
          {value ? value : "No icon selected"}
        </Text>
      </div>
      {names.length ? (
        <div
          ref={gridRef}
          role="listbox"
          aria-label="Icons"
          className="relative grid max-h-[200px] grid-cols-[repeat(auto-fill,minmax(32px,1fr))] gap-1 overflow-y-auto p-2"
        >
          {names.map((name) => {
            const Icon = getIcon(name)!
            const selected = name === value
            return (
              <button
                key={name}
                type="button"
                role="option"
                aria-selected={selected}
                aria-label={name}
                title={name}
                data-icon-name={name}
                onClick={() => onChange(name)}
                className={clx(
                  "text-ui-fg-subtle transition-fg flex h-8 items-center justify-center rounded-md outline-none",
                  "hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus",
                  selected &&
                    "bg-ui-bg-highlight text-ui-fg-interactive shadow-borders-interactive-with-active"
                )}
              >
                <Icon />
              </button>
            )
          })}
        </div>
      ) : (
        <div className="flex flex-col items-center gap-y-1 px-2 py-8">
          <MagnifyingGlass className="text-ui-fg-muted" />
          <Text size="small" className="text-ui-fg-subtle">
            No icons match "{search}"
          </Text>
        </div>
      )}
    </div>
  )
}

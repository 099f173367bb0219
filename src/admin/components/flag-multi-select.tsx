import { ChevronDownMini } from "@medusajs/icons"
import { Button, DropdownMenu, Text } from "@medusajs/ui"
import { CustomerFlag } from "../lib/types"
import { FlagIcon } from "./flag-icon"

type FlagMultiSelectProps = {
  flags: CustomerFlag[]
  value: string[]
  onChange: (value: string[]) => void
  isPending?: boolean
  testId?: string
}

/** Picks any number of flags from a menu that stays open while picking; none picked: any customer. */
export const FlagMultiSelect = ({
  flags,
  value,
  onChange,
  isPending,
  testId,
}: FlagMultiSelectProps) => {
  const chosen = new Set(value)
  const picked = flags.filter((flag) => chosen.has(flag.id))
  // An id from a shared address whose flag has gone still counts, so it can be removed.
  const unknown = value.filter((id) => !flags.some((flag) => flag.id === id))

  const toggle = (id: string) =>
    onChange(chosen.has(id) ? value.filter((other) => other !== id) : [...value, id])

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button
          size="small"
          variant="secondary"
          className="w-full justify-between"
          aria-label="Flags"
          data-testid={testId}
          data-value={value.join(",")}
        >
          <span className="flex min-w-0 items-center gap-x-1 overflow-hidden">
            {picked.length || unknown.length ? (
              <>
                {picked.map((flag) => (
                  <FlagIcon key={flag.id} flag={flag} size="small" />
                ))}
                {unknown.length > 0 && (
                  <span className="text-ui-fg-muted">+{unknown.length} unknown</span>
                )}
              </>
            ) : (
              <span className="text-ui-fg-muted">Any flag</span>
            )}
          </span>
          <ChevronDownMini className="text-ui-fg-muted shrink-0" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="start" className="max-h-[320px] min-w-[220px] overflow-y-auto">
        {isPending ? (
          <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
            Loading flags…
          </Text>
        ) : !flags.length ? (
          <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
            No flags yet
          </Text>
        ) : (
          flags.map((flag) => (
            <DropdownMenu.CheckboxItem
              key={flag.id}
              checked={chosen.has(flag.id)}
              // Stay open: several flags are picked in one go.
              onSelect={(event) => event.preventDefault()}
              onCheckedChange={() => toggle(flag.id)}
              className="flex items-center gap-x-2"
              data-testid={testId && `${testId}-option`}
              data-flag-name={flag.name}
            >
              <FlagIcon flag={flag} size="small" showAbbreviation={false} />
              <span className="truncate">{flag.name}</span>
            </DropdownMenu.CheckboxItem>
          ))
        )}
        {value.length > 0 && (
          <>
            <DropdownMenu.Separator />
            <DropdownMenu.Item
              onSelect={() => onChange([])}
              data-testid={testId && `${testId}-clear`}
            >
              Any flag
            </DropdownMenu.Item>
          </>
        )}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

import {
  Button,
  DatePicker,
  Drawer,
  Input,
  Label,
  Skeleton,
  Switch,
  Text,
  Textarea,
  clx,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useAddCustomerFlag } from "../hooks/customer-flag-assignments"
import { useCustomerFlags } from "../hooks/customer-flags"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { endOfDay } from "../lib/flag-format"
import { toastOutcome } from "../lib/toast-outcome"
import { CustomerFlag } from "../lib/types"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"
import { FlagIcon } from "./flag-icon"
import { FormField } from "./form-field"

const FORM_ID = "add-customer-flag-form"

type AddCustomerFlagDrawerProps = {
  customerId: string
  /** The flags the customer has already; they are not offered again. */
  assignedFlagIds: string[]
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const AddCustomerFlagDrawer = ({
  open,
  onOpenChange,
  ...props
}: AddCustomerFlagDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content data-testid="add-customer-flag-drawer">
      <DrawerHeader title="Add flag" description="Pick a flag to give this customer." />
      {open && <AddCustomerFlagForm {...props} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)

const AddCustomerFlagForm = ({
  customerId,
  assignedFlagIds,
  onDone,
}: Omit<AddCustomerFlagDrawerProps, "open" | "onOpenChange"> & {
  onDone: () => void
}) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const [selected, setSelected] = useState<CustomerFlag | null>(null)
  const [note, setNote] = useState("")
  const [expiresOn, setExpiresOn] = useState<Date | null>(null)
  // The flags of the customer's sales channels come first; staff may still
  // give one of another channel (a journalist flagged before their first
  // order at the box office).
  const [otherChannels, setOtherChannels] = useState(false)

  const { customer_flags, count, isPending, isError, error } = useCustomerFlags(
    {
      q: q || undefined,
      order: "name",
      limit: 50,
      available_for_customer_id: otherChannels ? undefined : customerId,
    },
    { placeholderData: keepPreviousData }
  )
  // How many flags the store has in all: none means "create one first", and
  // more than the customer's channels have means the switch has something to show.
  const { count: storeCount } = useCustomerFlags({ q: q || undefined, limit: 1 })
  const { mutate, isPending: isAdding } = useAddCustomerFlag(customerId)

  const assigned = new Set(assignedFlagIds)
  const available = (customer_flags ?? []).filter((flag) => !assigned.has(flag.id))
  const noFlagsAtAll = !q && storeCount === 0
  const inOtherChannels = otherChannels ? 0 : Math.max(0, (storeCount ?? 0) - (count ?? 0))

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!selected) {
      return
    }
    mutate(
      {
        flag_id: selected.id,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(expiresOn ? { expires_at: endOfDay(expiresOn).toISOString() } : {}),
      },
      toastOutcome(`Flag "${selected.name}" was added`, onDone)
    )
  }

  return (
    <>
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto py-6">
        {noFlagsAtAll ? (
          <div
            className="flex flex-col items-center gap-y-1 py-8 text-center"
            data-testid="customer-flags-empty"
          >
            <Text size="small" weight="plus">
              No flags yet
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              <Link
                to="/settings/customer-flags"
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                Create one
              </Link>{" "}
              in Settings, then come back to add it.
            </Text>
          </div>
        ) : (
          <>
            <div className="flex flex-col gap-y-2">
              <Input
                size="small"
                type="search"
                placeholder="Search flags"
                aria-label="Search flags"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                autoFocus
              />
              <div
                role="listbox"
                aria-label="Flags"
                className="shadow-borders-base flex max-h-[320px] flex-col overflow-y-auto rounded-lg p-1"
              >
                {isPending ? (
                  <div className="flex flex-col gap-y-2 p-2">
                    <Skeleton className="h-8 w-full" />
                    <Skeleton className="h-8 w-full" />
                  </div>
                ) : isError ? (
                  <Text size="small" className="text-ui-fg-error p-2">
                    {error?.message ?? "The flags could not be loaded."}
                  </Text>
                ) : available.length === 0 ? (
                  <Text size="small" className="text-ui-fg-subtle p-2">
                    {q
                      ? `No flag matches "${q}", or the customer has it already.`
                      : inOtherChannels
                        ? "The customer has every flag of their sales channels already."
                        : "The customer has every flag already."}
                  </Text>
                ) : (
                  available.map((flag) => {
                    const isSelected = selected?.id === flag.id
                    return (
                      <button
                        key={flag.id}
                        type="button"
                        role="option"
                        aria-selected={isSelected}
                        data-testid="customer-flag-option"
                        data-flag-name={flag.name}
                        onClick={() => setSelected(flag)}
                        className={clx(
                          "flex items-center gap-x-3 rounded-md px-2 py-2 text-left outline-none",
                          "hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus",
                          isSelected && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover"
                        )}
                      >
                        <div className="flex w-14 shrink-0">
                          <FlagIcon flag={flag} size="small" />
                        </div>
                        <div className="flex min-w-0 flex-1 flex-col">
                          <Text size="small" leading="compact" weight="plus" className="truncate">
                            {flag.name}
                          </Text>
                          {flag.description && (
                            <Text
                              size="xsmall"
                              leading="compact"
                              className="text-ui-fg-subtle truncate"
                            >
                              {flag.description}
                            </Text>
                          )}
                        </div>
                      </button>
                    )
                  })
                )}
              </div>
              {!!count && (customer_flags?.length ?? 0) < count && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  Showing the first {customer_flags?.length} of {count} flags; search to find
                  others.
                </Text>
              )}
              {(otherChannels || inOtherChannels > 0) && (
                <div className="flex items-start justify-between gap-x-4 pt-2">
                  <div className="flex flex-col gap-y-1">
                    <Label size="small" weight="plus" htmlFor="add-customer-flag-other-channels">
                      Flags of other sales channels
                    </Label>
                    <Text size="small" className="text-ui-fg-subtle">
                      {otherChannels
                        ? "Every flag is listed, also those of channels this customer has not ordered in."
                        : `${inOtherChannels} ${inOtherChannels === 1 ? "flag belongs" : "flags belong"} to sales channels this customer has not ordered in.`}
                    </Text>
                  </div>
                  <Switch
                    id="add-customer-flag-other-channels"
                    data-testid="add-customer-flag-other-channels"
                    checked={otherChannels}
                    onCheckedChange={setOtherChannels}
                  />
                </div>
              )}
            </div>

            <form id={FORM_ID} onSubmit={handleSubmit} className="flex flex-col gap-y-6">
              <FormField label="Note" htmlFor="add-customer-flag-note" optional>
                <Textarea
                  id="add-customer-flag-note"
                  data-testid="add-customer-flag-note"
                  rows={3}
                  maxLength={2000}
                  value={note}
                  placeholder="Why the customer has this flag"
                  onChange={(event) => setNote(event.target.value)}
                />
              </FormField>
              <FormField
                label="Expires on"
                optional
                hint="Leave empty to follow the flag's own expiry."
              >
                <DatePicker
                  aria-label="Expires on"
                  value={expiresOn}
                  onChange={setExpiresOn}
                  minValue={new Date()}
                />
              </FormField>
            </form>
          </>
        )}
      </Drawer.Body>
      <DrawerFooter>
        {!noFlagsAtAll && (
          <Button
            size="small"
            type="submit"
            form={FORM_ID}
            disabled={!selected}
            isLoading={isAdding}
            data-testid="add-customer-flag-submit"
          >
            Add flag
          </Button>
        )}
      </DrawerFooter>
    </>
  )
}

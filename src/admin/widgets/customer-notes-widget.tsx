import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Label, Skeleton, Switch, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { CustomerNoteForm } from "../components/customer-note-form"
import { CustomerNoteItem } from "../components/customer-note-item"
import { LoadError } from "../components/load-error"
import { useCustomerNotes } from "../hooks/customer-notes"
import { useCurrentUser } from "../hooks/users"

const PAGE_SIZE = 10

/**
 * Staff-only notes on the customer, newest first, with who wrote each and
 * when. Authors edit and delete their own; "Show deleted" brings back the
 * deleted ones and the earlier texts of edited ones.
 */
const CustomerNotesWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [showDeleted, setShowDeleted] = useState(false)
  const [limit, setLimit] = useState(PAGE_SIZE)
  const { user } = useCurrentUser()
  const { notes, count, isPending, isError, error, isFetching } = useCustomerNotes(
    customer.id,
    { limit, ...(showDeleted ? { include_deleted: true } : {}) },
    { placeholderData: keepPreviousData }
  )

  return (
    <Container className="divide-y p-0" data-testid="customer-notes-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Notes</Heading>
        <div className="flex items-center gap-x-2">
          <Label size="xsmall" htmlFor="customer-notes-show-deleted" className="text-ui-fg-subtle">
            Show deleted
          </Label>
          <Switch
            id="customer-notes-show-deleted"
            size="small"
            checked={showDeleted}
            onCheckedChange={setShowDeleted}
            data-testid="customer-notes-show-deleted"
          />
        </div>
      </div>
      <CustomerNoteForm customerId={customer.id} className="px-6 py-4" />
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : isError ? (
        <LoadError what="notes" error={error} />
      ) : !notes?.length ? (
        <Text
          size="small"
          className="text-ui-fg-subtle px-6 py-4"
          data-testid="customer-notes-empty"
        >
          No notes yet.
        </Text>
      ) : (
        <>
          <ul className="divide-y" data-testid="customer-notes" data-count={count}>
            {notes.map((note) => (
              <CustomerNoteItem
                key={note.id}
                note={note}
                customerId={customer.id}
                currentUserId={user?.id}
                showHistory={showDeleted}
              />
            ))}
          </ul>
          {(count ?? 0) > notes.length && (
            <div className="px-6 py-3">
              <Button
                size="small"
                variant="transparent"
                isLoading={isFetching}
                onClick={() => setLimit((current) => current + PAGE_SIZE)}
              >
                Show older notes ({(count ?? 0) - notes.length} more)
              </Button>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
  id: "customer-loyalty:customer-notes",
})

export default CustomerNotesWidget

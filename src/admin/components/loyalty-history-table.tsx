import { Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useCustomerLoyaltyEntries } from "../hooks/customer-loyalty"
import { useCursorPages } from "../hooks/use-cursor-pages"
import { formatDate, formatDateTime } from "../lib/flag-format"
import { customerName, entryDescription } from "../lib/loyalty-format"
import { LoyaltyEntry } from "../lib/types"
import { EntryTypeBadge } from "./entry-type-badge"
import { PointsChange } from "./points-change"

const PAGE_SIZE = 10

const isStillPending = (entry: LoyaltyEntry) => entry.status === "pending"

const PointsCell = ({ entry }: { entry: LoyaltyEntry }) => (
  <div className="flex flex-col items-end">
    <PointsChange points={entry.points} />
    {isStillPending(entry) && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted whitespace-nowrap">
        {entry.available_at ? `Pending until ${formatDate(entry.available_at)}` : "Pending"}
      </Text>
    )}
  </div>
)

/** The membership's entries, newest first, a page at a time (by cursor). */
export const LoyaltyHistoryTable = ({ customerId }: { customerId: string }) => {
  const [pageIndex, setPageIndex] = useState(0)
  const pages = useCursorPages(pageIndex, PAGE_SIZE, customerId)
  const {
    entries,
    count = 0,
    next_cursor,
    isPending,
    isPlaceholderData,
    isError,
    error,
  } = useCustomerLoyaltyEntries(customerId, pages.query, { placeholderData: keepPreviousData })
  pages.useNextCursor(next_cursor, isPlaceholderData)
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        The history could not be loaded: {error?.message}
      </Text>
    )
  }
  if (!isPending && !count) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No points yet.
      </Text>
    )
  }

  return (
    <div className="flex flex-col" data-testid="loyalty-history">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>Description</Table.HeaderCell>
            <Table.HeaderCell>Type</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Points</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(entries ?? []).map((entry) => (
            <Table.Row
              key={entry.id}
              data-testid="loyalty-history-row"
              data-entry-type={entry.type}
              data-entry-status={entry.status}
              data-points={entry.points}
            >
              <Table.Cell className="whitespace-nowrap">
                <span title={formatDateTime(entry.created_at)}>{formatDate(entry.created_at)}</span>
              </Table.Cell>
              <Table.Cell className="max-w-[320px]">
                <span className="block truncate" title={entryDescription(entry)}>
                  {entryDescription(entry)}
                </span>
                {/* Another household member's entry, or one who has left. */}
                {entry.customer && entry.customer_id !== customerId && (
                  <Text
                    size="xsmall"
                    leading="compact"
                    className="text-ui-fg-subtle truncate"
                    data-testid="loyalty-history-customer"
                  >
                    {customerName(entry.customer)}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <EntryTypeBadge type={entry.type} />
              </Table.Cell>
              <Table.Cell className="text-right">
                <PointsCell entry={entry} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex < pageCount - 1}
        previousPage={() => setPageIndex((index) => Math.max(0, index - 1))}
        nextPage={() => setPageIndex((index) => Math.min(pageCount - 1, index + 1))}
      />
    </div>
  )
}

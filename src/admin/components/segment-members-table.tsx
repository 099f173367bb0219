import {
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useSegmentMembers } from "../hooks/segments"
import { useCursorPages } from "../hooks/use-cursor-pages"
import { formatDateTime } from "../lib/flag-format"
import { customerName } from "../lib/loyalty-format"
import { SegmentMember, SegmentMemberStatus } from "../lib/types"
import { LoadError } from "./load-error"

const PAGE_SIZE = 20

const STATUSES: { value: SegmentMemberStatus; label: string }[] = [
  { value: "current", label: "Current members" },
  { value: "left", label: "Left" },
  { value: "all", label: "Everyone who was a member" },
]

const columnHelper = createDataTableColumnHelper<SegmentMember>()

const columns = [
  columnHelper.display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => {
      const member = row.original
      const name = customerName(member)
      return (
        <span className="flex min-w-0 flex-col">
          <Link
            to={`/customers/${member.id}`}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
            data-testid="segment-member-link"
            data-customer-id={member.id}
          >
            {name}
          </Link>
          {member.email && member.email !== name && (
            <span className="txt-compact-xsmall text-ui-fg-subtle truncate">{member.email}</span>
          )}
        </span>
      )
    },
  }),
  columnHelper.accessor("entered_at", {
    header: "Entered",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("left_at", {
    header: "Left",
    cell: ({ getValue }) => {
      const leftAt = getValue()
      return leftAt ? formatDateTime(leftAt) : <StatusBadge color="green">Member</StatusBadge>
    },
  }),
]

type SegmentMembersTableProps = {
  segmentId: string
  /** Whether the segment was ever refreshed: before that it has no members to show. */
  refreshed: boolean
}

/** A segment's members, current or past, with when they entered and left. */
export const SegmentMembersTable = ({ segmentId, refreshed }: SegmentMembersTableProps) => {
  const [status, setStatus] = useState<SegmentMemberStatus>("current")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  // Next and Previous go by cursor, so a page deep in a large segment is
  // read from the index like the first one.
  const pages = useCursorPages(pagination.pageIndex, PAGE_SIZE, `${segmentId}:${status}`)
  const { customers, count, next_cursor, isPending, isPlaceholderData, isError, error } =
    useSegmentMembers(segmentId, { status, ...pages.query }, { placeholderData: keepPreviousData })
  pages.useNextCursor(next_cursor, isPlaceholderData)

  const table = useDataTable({
    columns,
    data: customers ?? [],
    // A customer who left and came back is listed once per period.
    getRowId: (member) => member.membership_id,
    rowCount: count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">Members</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            As found by the last refresh; customers who stop matching are kept as "left".
          </Text>
        </div>
        <Select
          size="small"
          value={status}
          onValueChange={(next) => {
            setStatus(next as SegmentMemberStatus)
            setPagination((current) => ({ ...current, pageIndex: 0 }))
          }}
        >
          <Select.Trigger
            aria-label="Members to show"
            className="w-[240px]"
            data-testid="segment-members-status"
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {STATUSES.map((option) => (
              <Select.Item key={option.value} value={option.value}>
                {option.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </DataTable.Toolbar>
      {isError ? (
        <LoadError what="members" error={error} />
      ) : (
        <DataTable.Table
          emptyState={{
            empty: {
              heading: !refreshed
                ? "Not refreshed yet"
                : status === "left"
                  ? "Nobody has left"
                  : "No members",
              description: !refreshed
                ? "Refresh the segment to find the customers who match its rules."
                : status === "left"
                  ? "Customers who stop matching the rules show here after a refresh."
                  : "No customer matched the rules at the last refresh.",
            },
          }}
        />
      )}
      <DataTable.Pagination />
    </DataTable>
  )
}

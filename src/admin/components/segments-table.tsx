import {
  Button,
  DataTable,
  Text,
  Tooltip,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useDeleteSegment, useSegments } from "../hooks/segments"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import { useSearchAndPages } from "../hooks/use-search-and-pages"
import { formatDateTime } from "../lib/flag-format"
import { relativeTime } from "../lib/relative-time"
import { Segment } from "../lib/types"
import { FlagIcon } from "./flag-icon"
import { LoadError } from "./load-error"
import { SectionHeading } from "./section-heading"
import { editDeleteColumn, openClickedRow } from "./table-row-actions"
import { TableToolbar } from "./table-toolbar"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Segment>()

const countFormat = new Intl.NumberFormat()

/** When the members were last counted: "2 hours ago", the exact time on hover. */
export const LastRefreshed = ({ at }: { at: string | null }) =>
  at ? (
    <Tooltip content={formatDateTime(at)}>
      <span>{relativeTime(at)}</span>
    </Tooltip>
  ) : (
    <span className="text-ui-fg-muted">Never</span>
  )

type SegmentsTableProps = {
  onCreate: () => void
  onOpen: (segment: Segment) => void
  onEdit: (segment: Segment) => void
}

/** Every segment, searchable and paged, with its flag, members and last refresh. */
export const SegmentsTable = ({ onCreate, onOpen, onEdit }: SegmentsTableProps) => {
  const { search, offset, tableState } = useSearchAndPages(PAGE_SIZE)
  const { segments, count, isPending, isError, error } = useSegments(
    { q: search || undefined, order: "name", limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )

  const { mutate: deleteSegment } = useDeleteSegment()
  const confirmDelete = useConfirmDelete(deleteSegment, (segment: Segment) => ({
    title: `Delete the segment "${segment.name}"?`,
    description:
      "Its rules and membership history are removed. Flags it gave stay with the customers. This cannot be undone.",
    deleted: `Segment "${segment.name}" was deleted`,
  }))

  const columns = [
    columnHelper.accessor("name", {
      header: "Name",
      cell: ({ row }) => (
        <span className="flex min-w-0 flex-col" data-testid="segment-row-name">
          <span className="text-ui-fg-base truncate">{row.original.name}</span>
          {row.original.description && (
            <span className="txt-compact-xsmall text-ui-fg-muted truncate">
              {row.original.description}
            </span>
          )}
        </span>
      ),
    }),
    columnHelper.display({
      id: "flag",
      header: "Flag",
      cell: ({ row }) =>
        row.original.flag ? (
          <span className="flex items-center gap-x-2">
            <FlagIcon flag={row.original.flag} size="small" />
            <span className="truncate">{row.original.flag.name}</span>
          </span>
        ) : (
          <span className="text-ui-fg-muted">–</span>
        ),
    }),
    columnHelper.accessor("member_count", {
      header: "Members",
      cell: ({ getValue }) => (
        <span data-testid="segment-row-members" data-value={getValue()}>
          {countFormat.format(getValue())}
        </span>
      ),
    }),
    columnHelper.accessor("last_refreshed_at", {
      header: "Last refresh",
      cell: ({ getValue }) => <LastRefreshed at={getValue()} />,
    }),
    editDeleteColumn(onEdit, confirmDelete, {
      edit: "edit-segment-action",
      delete: "delete-segment-action",
    }),
  ]

  const table = useDataTable({
    columns,
    data: segments ?? [],
    getRowId: (segment) => segment.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    ...tableState,
    onRowClick: openClickedRow(onOpen),
  })

  return (
    <DataTable instance={table}>
      <TableToolbar
        search="Search segments"
        onCreate={onCreate}
        createTestId="create-segment-button"
      >
        <SectionHeading
          title="Segments"
          description="Customers grouped by what they do: spending, purchases, points, flags. A segment finds its members when saved; refresh it to update them."
        />
      </TableToolbar>
      {isError ? (
        <LoadError what="segments" error={error} />
      ) : (
        <DataTable.Table
          emptyState={{
            empty: {
              custom: (
                <div className="flex flex-col items-center gap-y-3" data-testid="segments-empty">
                  <div className="flex flex-col items-center gap-y-1">
                    <Text size="small" weight="plus">
                      No segments yet
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      Create one to find customers such as big spenders or lapsed buyers.
                    </Text>
                  </div>
                  <Button size="small" variant="secondary" onClick={onCreate}>
                    Create segment
                  </Button>
                </div>
              ),
            },
            filtered: {
              heading: "No segments found",
              description: `No segment matches "${search}".`,
            },
          }}
        />
      )}
      <DataTable.Pagination />
    </DataTable>
  )
}

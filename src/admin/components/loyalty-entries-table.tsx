import { Plus } from "@medusajs/icons"
import {
  DataTable,
  DataTablePaginationState,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatDateTime } from "../lib/flag-format"
import { customerName, entryDescription } from "../lib/loyalty-format"
import { LoyaltyCustomer, LoyaltyReportEntry } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { EntryTypeBadge } from "./entry-type-badge"
import { PointsChange } from "./points-change"

const columnHelper = createDataTableColumnHelper<LoyaltyReportEntry>()

type LoyaltyEntriesTableProps = {
  entries: LoyaltyReportEntry[]
  count: number
  isLoading: boolean
  pagination: DataTablePaginationState
  onPaginationChange: (pagination: DataTablePaginationState) => void
  onAddPoints: (customer: LoyaltyCustomer) => void
  filtered: boolean
}

/** The ledger across all members: one row per entry, newest first. */
export const LoyaltyEntriesTable = ({
  entries,
  count,
  isLoading,
  pagination,
  onPaginationChange,
  onAddPoints,
  filtered,
}: LoyaltyEntriesTableProps) => {
  const columns = [
    columnHelper.accessor("created_at", {
      header: "Date",
      cell: ({ getValue }) => (
        <span title={formatDateTime(getValue())}>{formatDate(getValue())}</span>
      ),
    }),
    columnHelper.accessor("member_number", {
      header: "Member number",
      cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
    }),
    columnHelper.accessor("customer", {
      header: "Customer",
      cell: ({ getValue }) => {
        const customer = getValue()
        return customer ? (
          <Link
            to={`/customers/${customer.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            title={customer.email ?? undefined}
          >
            {customerName(customer)}
          </Link>
        ) : (
          <span className="text-ui-fg-muted">-</span>
        )
      },
    }),
    columnHelper.accessor("type", {
      header: "Type",
      cell: ({ getValue }) => <EntryTypeBadge type={getValue()} />,
    }),
    columnHelper.display({
      id: "description",
      header: "Description",
      cell: ({ row }) => (
        <span className="block max-w-[280px] truncate" title={entryDescription(row.original)}>
          {entryDescription(row.original)}
        </span>
      ),
    }),
    columnHelper.accessor("points", {
      header: "Points",
      headerAlign: "right",
      align: "right",
      cell: ({ getValue }) => <PointsChange points={getValue()} />,
    }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ row }) =>
        row.original.status === "pending" ? (
          <span
            className="text-ui-fg-subtle"
            title={
              row.original.available_at
                ? `Available from ${formatDateTime(row.original.available_at)}`
                : undefined
            }
          >
            Pending
            {row.original.available_at && ` until ${formatDate(row.original.available_at)}`}
          </span>
        ) : (
          "Available"
        ),
    }),
    columnHelper.display({
      id: "action",
      size: 52,
      cell: ({ row }) => {
        const customer = row.original.customer
        return customer ? (
          <ActionMenu
            label="Entry actions"
            groups={[
              [
                {
                  label: "Add points to this customer",
                  icon: <Plus />,
                  onClick: () => onAddPoints(customer),
                  testId: "loyalty-report-row-add-points",
                },
              ],
            ]}
          />
        ) : null
      },
    }),
  ]

  const table = useDataTable({
    columns,
    data: entries,
    getRowId: (entry) => entry.id,
    rowCount: count,
    isLoading,
    pagination: { state: pagination, onPaginationChange },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Table
        emptyState={{
          empty: {
            custom: (
              <div className="flex flex-col items-center gap-y-1">
                <Text size="small" weight="plus">
                  {filtered ? "No entries match the filter" : "No points yet"}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {filtered
                    ? "Change or clear the filter to see more."
                    : "Points appear here as members earn and use them."}
                </Text>
              </div>
            ),
          },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}

import { ArrowUpRightOnBox, ChatBubbleLeftRight, Sparkles, FlagMini } from "@medusajs/icons"
import {
  Badge,
  Copy,
  DataTable,
  DataTablePaginationState,
  DataTableSortingState,
  Text,
  Tooltip,
  VisibilityState,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { ReactNode, useMemo } from "react"
import { formatDate, formatDateTime } from "../lib/flag-format"
import { customerName, formatMoney, formatPoints } from "../lib/loyalty-format"
import { relativeTime } from "../lib/relative-time"
import { CustomerOverviewRow } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { FlagIcon } from "./flag-icon"
import { openClickedRow } from "./table-row-actions"

const columnHelper = createDataTableColumnHelper<CustomerOverviewRow>()

const None = () => <span className="text-ui-fg-muted">–</span>

const YesNo = ({ value }: { value: boolean }) =>
  value ? <span>Yes</span> : <span className="text-ui-fg-muted">No</span>

// Accessors give numbers for amounts, counts and dates, so the table sorts
// them biggest and newest first on the first click; text A to Z.
const timeOf = (value: string | null) => (value ? Date.parse(value) : null)

/**
 * Not in the column menu: a row without the customer's name says nothing,
 * and the actions column has no header to hide. (`enableHiding` is
 * TanStack's; the UI's column helper passes it on but does not type it.)
 */
/**
 * `cus_…7QF2KA`: the end of an ID tells customers apart (its start is the
 * time it was made, the same for customers made together); the tooltip
 * shows it whole and the button copies it whole.
 */
const shortId = (id: string) => {
  const [prefix, rest] = id.includes("_")
    ? [id.slice(0, id.indexOf("_") + 1), id.slice(id.indexOf("_") + 1)]
    : ["", id]
  return rest.length > 8 ? `${prefix}…${rest.slice(-6)}` : id
}

const alwaysShown = <T extends object>(column: T): T => ({ ...column, enableHiding: false })

const columns = [
  alwaysShown(
    columnHelper.accessor((row) => customerName(row), {
      id: "name",
      header: "Name",
      meta: { name: "Name" },
      enableSorting: true,
      sortAscLabel: "A–Z",
      sortDescLabel: "Z–A",
      // The email under the name keeps the table within a 1,440 px screen;
      // the Email column (hidden at first) sorts by it.
      cell: ({ row }) => (
        <div className="flex max-w-[160px] flex-col">
          <span className="text-ui-fg-base truncate" data-testid="customer-overview-name">
            {[row.original.first_name, row.original.last_name].filter(Boolean).join(" ") || (
              <None />
            )}
          </span>
          <span
            className="text-ui-fg-subtle txt-compact-xsmall truncate"
            title={row.original.email}
          >
            {row.original.email}
          </span>
        </div>
      ),
    })
  ),
  columnHelper.display({
    id: "id",
    header: "ID",
    meta: { name: "ID" },
    cell: ({ row }) => (
      // The copy button's click stays here: it must not open the customer.
      <div
        className="flex items-center gap-x-1"
        onClick={(event) => event.stopPropagation()}
        data-testid="customer-overview-id"
        data-id={row.original.id}
      >
        <Tooltip content={row.original.id}>
          <span
            className="text-ui-fg-subtle whitespace-nowrap font-mono text-xs"
            data-testid="customer-overview-id-text"
          >
            {shortId(row.original.id)}
          </span>
        </Tooltip>
        <Copy
          content={row.original.id}
          className="text-ui-fg-muted"
          aria-label={`Copy the ID ${row.original.id}`}
          data-testid="customer-overview-copy-id"
        />
      </div>
    ),
  }),
  columnHelper.accessor("email", {
    header: "Email",
    meta: { name: "Email" },
    enableSorting: true,
    sortAscLabel: "A–Z",
    sortDescLabel: "Z–A",
    cell: ({ getValue }) => (
      <span className="block max-w-[190px] truncate" title={getValue()}>
        {getValue()}
      </span>
    ),
  }),
  columnHelper.accessor((row) => row.company ?? "", {
    id: "company",
    header: "Company",
    meta: { name: "Company" },
    enableSorting: true,
    sortAscLabel: "A–Z",
    sortDescLabel: "Z–A",
    cell: ({ row }) =>
      row.original.company ? (
        <span className="block max-w-[120px] truncate" title={row.original.company}>
          {row.original.company}
        </span>
      ) : (
        <None />
      ),
  }),
  columnHelper.accessor((row) => Number(row.sales_total), {
    id: "sales_total",
    header: "Sales",
    meta: { name: "Sales" },
    enableSorting: true,
    sortAscLabel: "Lowest first",
    sortDescLabel: "Highest first",
    headerAlign: "right",
    align: "right",
    cell: ({ row }) => (
      <span
        className="tabular-nums"
        data-testid="customer-overview-sales"
        data-value={row.original.sales_total}
      >
        {row.original.currency_code
          ? formatMoney(row.original.sales_total, row.original.currency_code)
          : formatPoints(row.original.sales_total)}
      </span>
    ),
  }),
  columnHelper.accessor("order_count", {
    header: "Orders",
    meta: { name: "Orders" },
    enableSorting: true,
    sortAscLabel: "Fewest first",
    sortDescLabel: "Most first",
    headerAlign: "right",
    align: "right",
    cell: ({ getValue }) => <span className="tabular-nums">{formatPoints(getValue())}</span>,
  }),
  columnHelper.accessor((row) => timeOf(row.last_order_at), {
    id: "last_order_at",
    header: "Last order",
    meta: { name: "Last order" },
    enableSorting: true,
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ row }) =>
      row.original.last_order_at ? (
        <Tooltip content={formatDateTime(row.original.last_order_at)}>
          <span>{relativeTime(row.original.last_order_at)}</span>
        </Tooltip>
      ) : (
        <None />
      ),
  }),
  columnHelper.display({
    id: "flags",
    header: "Flags",
    meta: { name: "Flags" },
    cell: ({ row }) =>
      row.original.flags.length ? (
        <span className="flex items-center gap-x-1" data-testid="customer-overview-flags">
          {row.original.flags.map((flag) => (
            <Tooltip key={flag.id} content={flag.name}>
              <span data-flag-name={flag.name}>
                <FlagIcon flag={flag} size="small" />
              </span>
            </Tooltip>
          ))}
        </span>
      ) : null,
  }),
  columnHelper.accessor((row) => row.points_available ?? 0, {
    id: "points",
    header: "Points",
    meta: { name: "Points" },
    enableSorting: true,
    sortAscLabel: "Fewest first",
    sortDescLabel: "Most first",
    headerAlign: "right",
    align: "right",
    cell: ({ row }) =>
      row.original.points_available != null ? (
        <span className="tabular-nums">{formatPoints(row.original.points_available)}</span>
      ) : (
        <None />
      ),
  }),
  columnHelper.accessor((row) => row.tier?.name ?? "", {
    id: "tier",
    header: "Tier",
    meta: { name: "Tier" },
    enableSorting: true,
    sortAscLabel: "A–Z",
    sortDescLabel: "Z–A",
    cell: ({ row }) =>
      row.original.tier ? (
        <Badge size="2xsmall" color="purple">
          {row.original.tier.name}
        </Badge>
      ) : null,
  }),
  columnHelper.accessor("has_account", {
    header: "Account",
    meta: { name: "Account" },
    cell: ({ getValue }) => <YesNo value={getValue()} />,
  }),
  columnHelper.accessor("marketing_consent", {
    header: "Marketing",
    meta: { name: "Marketing consent" },
    cell: ({ getValue }) => <YesNo value={getValue()} />,
  }),
  columnHelper.accessor((row) => timeOf(row.created_at), {
    id: "created_at",
    header: "Customer since",
    meta: { name: "Customer since" },
    enableSorting: true,
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ row }) => (
      <Tooltip content={formatDateTime(row.original.created_at)}>
        <span>{formatDate(row.original.created_at)}</span>
      </Tooltip>
    ),
  }),
]

/** What a row's "…" menu does to its customer. */
export type CustomerRowAction = "open" | "add_flag" | "add_note" | "adjust_points"

const actionsColumn = (
  onAction: (action: CustomerRowAction, customer: CustomerOverviewRow) => void
) =>
  alwaysShown(
    columnHelper.display({
      id: "actions",
      cell: ({ row }) => {
        const act = (action: CustomerRowAction) => () => onAction(action, row.original)
        return (
          <ActionMenu
            label={`Actions for ${customerName(row.original)}`}
            groups={[
              [
                {
                  label: "Open customer",
                  icon: <ArrowUpRightOnBox />,
                  onClick: act("open"),
                  testId: "customer-overview-action-open",
                },
              ],
              [
                {
                  label: "Add flag",
                  icon: <FlagMini />,
                  onClick: act("add_flag"),
                  testId: "customer-overview-action-add-flag",
                },
                {
                  label: "Add note",
                  icon: <ChatBubbleLeftRight />,
                  onClick: act("add_note"),
                  testId: "customer-overview-action-add-note",
                },
                {
                  label: "Adjust points",
                  icon: <Sparkles />,
                  onClick: act("adjust_points"),
                  testId: "customer-overview-action-adjust-points",
                },
              ],
            ]}
          />
        )
      },
    })
  )

type CustomerOverviewTableProps = {
  customers: CustomerOverviewRow[]
  count: number
  isLoading: boolean
  search: string
  onSearchChange: (search: string) => void
  sorting: DataTableSortingState
  onSortingChange: (sorting: DataTableSortingState | undefined) => void
  pagination: DataTablePaginationState
  onPaginationChange: (pagination: DataTablePaginationState) => void
  onOpen: (customer: CustomerOverviewRow) => void
  onAction: (action: CustomerRowAction, customer: CustomerOverviewRow) => void
  /** The columns shown; the column menu changes it (saved by the caller). */
  columnVisibility: VisibilityState
  onColumnVisibilityChange: (visibility: VisibilityState) => void
  filtered: boolean
  /** The toolbar's left side (heading) and right side beside the search (actions). */
  heading: ReactNode
  actions: ReactNode
  /** Between the toolbar and the table: the filters. */
  children: ReactNode
}

/**
 * Customers with their ID, sales, flags, points and tier; sorted and paged
 * by the server. Each row has a "…" menu (open, add a flag, a note, adjust
 * points) and the column menu hides columns.
 */
export const CustomerOverviewTable = ({
  customers,
  count,
  isLoading,
  search,
  onSearchChange,
  sorting,
  onSortingChange,
  pagination,
  onPaginationChange,
  onOpen,
  onAction,
  columnVisibility,
  onColumnVisibilityChange,
  filtered,
  heading,
  actions,
  children,
}: CustomerOverviewTableProps) => {
  const allColumns = useMemo(() => [...columns, actionsColumn(onAction)], [onAction])
  const table = useDataTable({
    columns: allColumns,
    columnVisibility: { state: columnVisibility, onColumnVisibilityChange },
    data: customers,
    getRowId: (customer) => customer.id,
    rowCount: count,
    isLoading,
    search: { state: search, onSearchChange, debounce: 400 },
    sorting: { state: sorting, onSortingChange },
    pagination: { state: pagination, onPaginationChange },
    // The page goes back to the first with the same write that changes the
    // search or sorting (see useCustomerOverviewParams).
    autoResetPageIndex: false,
    onRowClick: openClickedRow(onOpen),
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        {heading}
        <div className="flex w-full items-center gap-x-2 md:w-auto">
          <DataTable.Search
            placeholder="Name, email or company"
            aria-label="Search customers"
            data-testid="customer-overview-search"
          />
          <DataTable.SortingMenu tooltip="Sort" />
          <div data-testid="customer-overview-columns">
            <DataTable.ColumnVisibilityMenu tooltip="Columns" />
          </div>
          {actions}
        </div>
      </DataTable.Toolbar>
      {children}
      <DataTable.Table
        emptyState={{
          empty: {
            custom: (
              <div className="flex flex-col items-center gap-y-1">
                <Text size="small" weight="plus">
                  {filtered ? "No customers match the filters" : "No customers yet"}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {filtered
                    ? "Change or clear the filters to see more."
                    : "Customers appear here as they sign up or order."}
                </Text>
              </div>
            ),
          },
          filtered: {
            heading: "No customers match",
            description: "Change or clear the search and filters to see more.",
          },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}

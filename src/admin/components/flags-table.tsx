import {
  Badge,
  Button,
  DataTable,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCustomerFlags, useDeleteCustomerFlag } from "../hooks/customer-flags"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import { useSearchAndPages } from "../hooks/use-search-and-pages"
import { displayLabel, expiryInWords } from "../lib/flag-format"
import { CustomerFlag } from "../lib/types"
import { FlagIcon } from "./flag-icon"
import { SectionHeading } from "./section-heading"
import { editDeleteColumn, openClickedRow } from "./table-row-actions"
import { TableToolbar } from "./table-toolbar"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<CustomerFlag>()

const SalesChannelsCell = ({ flag }: { flag: CustomerFlag }) => {
  const channels = flag.sales_channels ?? []
  if (!channels.length) {
    return <span className="text-ui-fg-subtle">All</span>
  }
  const [first, ...rest] = channels
  return (
    <span title={channels.map((channel) => channel.name).join(", ")}>
      {first.name}
      {rest.length > 0 && <span className="text-ui-fg-subtle"> + {rest.length} more</span>}
    </span>
  )
}

type FlagsTableProps = {
  onCreate: () => void
  onEdit: (flag: CustomerFlag) => void
}

/** Every customer flag, searchable and paged, with create, edit and delete. */
export const FlagsTable = ({ onCreate, onEdit }: FlagsTableProps) => {
  const { search, offset, tableState } = useSearchAndPages(PAGE_SIZE)
  const { customer_flags, count, isPending, isError, error } = useCustomerFlags(
    { q: search || undefined, order: "name", limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )

  const { mutate: deleteFlag } = useDeleteCustomerFlag()
  const confirmDelete = useConfirmDelete(deleteFlag, (flag: CustomerFlag) => ({
    title: `Delete the flag "${flag.name}"?`,
    description:
      "Every customer who has this flag loses it, and its customer group is removed. This cannot be undone.",
    deleted: `Flag "${flag.name}" was deleted`,
  }))

  const columns = [
    columnHelper.display({
      id: "icon",
      header: "Icon",
      size: 96,
      cell: ({ row }) => <FlagIcon flag={row.original} size="small" />,
    }),
    columnHelper.accessor("name", {
      header: "Name",
      cell: ({ getValue }) => <span className="text-ui-fg-base">{getValue()}</span>,
    }),
    columnHelper.accessor("abbreviation", {
      header: "Abbreviation",
    }),
    columnHelper.accessor("display", {
      header: "Display",
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={getValue() === "popup" ? "orange" : "grey"}>
          {displayLabel(getValue())}
        </Badge>
      ),
    }),
    columnHelper.accessor("expiry", {
      header: "Expires",
      cell: ({ getValue }) => expiryInWords(getValue()),
    }),
    columnHelper.display({
      id: "sales_channels",
      header: "Sales channels",
      cell: ({ row }) => <SalesChannelsCell flag={row.original} />,
    }),
    editDeleteColumn(onEdit, confirmDelete, {
      edit: "edit-customer-flag-action",
      delete: "delete-customer-flag-action",
    }),
  ]

  const table = useDataTable({
    columns,
    data: customer_flags ?? [],
    getRowId: (flag) => flag.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    ...tableState,
    onRowClick: openClickedRow(onEdit),
  })

  return (
    <DataTable instance={table}>
      <TableToolbar
        search="Search flags"
        onCreate={onCreate}
        createTestId="create-customer-flag-button"
      >
        <SectionHeading
          title="Customer flags"
          description="Markers such as VIP, staff or press, shown on the customer's page."
        />
      </TableToolbar>
      {isError ? (
        <div className="flex min-h-[200px] flex-col items-center justify-center gap-y-1 border-y px-6 py-4">
          <Text size="small" weight="plus">
            The flags could not be loaded
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {error?.message}
          </Text>
        </div>
      ) : (
        <DataTable.Table
          emptyState={{
            empty: {
              custom: (
                <div
                  className="flex flex-col items-center gap-y-3"
                  data-testid="customer-flags-empty"
                >
                  <div className="flex flex-col items-center gap-y-1">
                    <Text size="small" weight="plus">
                      No flags yet
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      Create one to mark customers as VIP, staff, press and so on.
                    </Text>
                  </div>
                  <Button size="small" variant="secondary" onClick={onCreate}>
                    Create flag
                  </Button>
                </div>
              ),
            },
            filtered: {
              heading: "No flags found",
              description: `No flag matches "${search}".`,
            },
          }}
        />
      )}
      <DataTable.Pagination />
    </DataTable>
  )
}

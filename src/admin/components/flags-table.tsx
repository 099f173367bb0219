import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useCustomerFlags, useDeleteCustomerFlag } from "../hooks/customer-flags"
import { displayLabel, expiryInWords } from "../lib/flag-format"
import { CustomerFlag } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { FlagIcon } from "./flag-icon"

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
  const prompt = usePrompt()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { customer_flags, count, isPending, isError, error } = useCustomerFlags(
    {
      q: search || undefined,
      order: "name",
      limit: PAGE_SIZE,
      offset: pagination.pageIndex * PAGE_SIZE,
    },
    { placeholderData: keepPreviousData }
  )

  const { mutate: deleteFlag } = useDeleteCustomerFlag()

  const handleDelete = async (flag: CustomerFlag) => {
    const confirmed = await prompt({
      title: `Delete the flag "${flag.name}"?`,
      description:
        "Every customer who has this flag loses it, and its customer group is removed. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    deleteFlag(flag.id, {
      onSuccess: () => toast.success(`Flag "${flag.name}" was deleted`),
      onError: (err) => toast.error(err.message),
    })
  }

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
    columnHelper.display({
      id: "action",
      size: 52,
      cell: ({ row }) => (
        <ActionMenu
          label={`Actions for ${row.original.name}`}
          groups={[
            [
              {
                label: "Edit",
                icon: <PencilSquare />,
                onClick: () => onEdit(row.original),
                testId: "edit-customer-flag-action",
              },
            ],
            [
              {
                label: "Delete",
                icon: <Trash />,
                onClick: () => handleDelete(row.original),
                testId: "delete-customer-flag-action",
              },
            ],
          ]}
        />
      ),
    }),
  ]

  const table = useDataTable({
    columns,
    data: customer_flags ?? [],
    getRowId: (flag) => flag.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((current) => ({ ...current, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    // The table passes its row model, not the flag itself, despite the type.
    onRowClick: (_event, row) =>
      onEdit((row as unknown as { original: CustomerFlag }).original ?? row),
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        <div className="flex flex-col gap-y-1">
          <Heading>Customer flags</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Markers such as VIP, staff or press, shown on the customer's page.
          </Text>
        </div>
        <div className="flex w-full items-center gap-x-2 md:w-auto">
          <DataTable.Search placeholder="Search flags" />
          <Button
            size="small"
            variant="secondary"
            onClick={onCreate}
            data-testid="create-customer-flag-button"
          >
            Create
          </Button>
        </div>
      </DataTable.Toolbar>
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
                <div className="flex flex-col items-center gap-y-3" data-testid="customer-flags-empty">
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

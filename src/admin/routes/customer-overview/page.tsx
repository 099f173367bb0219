import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useState } from "react"
import { useNavigate } from "react-router-dom"
import { AddCustomerFlagDrawer } from "../../components/add-customer-flag-drawer"
import { AddCustomerNoteDrawer } from "../../components/add-customer-note-drawer"
import { AddPointsDrawer } from "../../components/add-points-drawer"
import { CustomerOverviewFilters } from "../../components/customer-overview-filters"
import { CustomerOverviewTable, CustomerRowAction } from "../../components/customer-overview-table"
import { ExportMenu, exportedMessage } from "../../components/export-menu"
import { LoadError } from "../../components/load-error"
import { SectionHeading } from "../../components/section-heading"
import { useCustomerOverview, useExportCustomerOverview } from "../../hooks/customer-overview"
import { useStoreCurrencies } from "../../hooks/segment-resources"
import { useCustomerOverviewParams } from "../../hooks/use-customer-overview-params"
import { useSavedColumnVisibility } from "../../hooks/use-saved-column-visibility"
import { customerName } from "../../lib/loyalty-format"
import { CustomerOverviewRow } from "../../lib/types"
import { toastError } from "../../lib/toast-outcome"

const PAGE_SIZE = 20

/**
 * Hidden until an admin user chooses otherwise, so the table fits a
 * 1,440 px screen with real figures (sales in the hundred thousands,
 * companies, "11 months ago"): the email shows under the name, and the rest
 * is a click away in the column menu.
 */
const HIDDEN_AT_FIRST = ["email", "last_order_at", "has_account", "created_at"]

type OpenDialog = { action: Exclude<CustomerRowAction, "open">; customer: CustomerOverviewRow }

/**
 * Every customer with what they spent, when they last ordered, their flags,
 * points and tier: searched, filtered, sorted and paged by the server, all
 * of it in the address; exported as CSV or Excel as shown. A row's "…"
 * menu opens the customer or the customer page's own forms (add a flag, a
 * note, adjust points) in a drawer; the columns shown are saved per admin
 * user.
 */
const CustomerOverviewPage = () => {
  const navigate = useNavigate()
  const {
    filters,
    sorting,
    offset,
    query,
    currentQuery,
    changeFilters,
    setSorting,
    setOffset,
    clear,
  } = useCustomerOverviewParams(PAGE_SIZE)
  const { currencies } = useStoreCurrencies()
  const { customers, count, isPending, isPlaceholderData, isError, error } = useCustomerOverview(
    query,
    {
      placeholderData: keepPreviousData,
    }
  )
  const { mutate: exportRows, isPending: isExporting } = useExportCustomerOverview()
  const { q, ...otherFilters } = filters
  const columns = useSavedColumnVisibility("customer-overview", HIDDEN_AT_FIRST)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const onAction = useCallback(
    (action: CustomerRowAction, customer: CustomerOverviewRow) =>
      action === "open" ? navigate(`/customers/${customer.id}`) : setDialog({ action, customer }),
    [navigate]
  )
  const closeWith = (action: OpenDialog["action"]) => (open: boolean) => {
    if (!open && dialog?.action === action) setDialog(null)
  }

  return (
    <Container
      className="divide-y p-0"
      data-testid="customer-overview-page"
      aria-busy={isPending || isPlaceholderData}
      // What the rows shown were asked with, for tests to wait on.
      data-query={isPending || isPlaceholderData ? "" : query.toString()}
    >
      <CustomerOverviewTable
        customers={customers ?? []}
        count={count ?? 0}
        isLoading={isPending}
        search={q ?? ""}
        onSearchChange={(value) => changeFilters({ key: "q", value: value || null })}
        sorting={sorting}
        onSortingChange={setSorting}
        pagination={{ pageIndex: offset / PAGE_SIZE, pageSize: PAGE_SIZE }}
        onPaginationChange={(page) => setOffset(page.pageIndex * PAGE_SIZE)}
        onOpen={(customer) => navigate(`/customers/${customer.id}`)}
        onAction={onAction}
        columnVisibility={columns.visibility}
        onColumnVisibilityChange={columns.onColumnVisibilityChange}
        filtered={Object.values(otherFilters).some((value) => !!value?.length)}
        heading={
          <SectionHeading
            title="Customer overview"
            description="What each customer spent, their flags, points and tier. Click a row to open the customer."
          />
        }
        actions={
          <ExportMenu
            isExporting={isExporting}
            onExport={(format) =>
              exportRows(
                { query: currentQuery(), format },
                {
                  onSuccess: () => toast.success(exportedMessage(format)),
                  onError: (err) => toastError(err),
                }
              )
            }
            testId="customer-overview-export"
          />
        }
      >
        <div className="px-6 py-4">
          <CustomerOverviewFilters
            filters={filters}
            onChange={changeFilters}
            onClear={clear}
            currencies={currencies}
          />
        </div>
        {isError && <LoadError what="customers" error={error} />}
      </CustomerOverviewTable>
      <AddCustomerFlagDrawer
        customerId={dialog?.customer.id ?? ""}
        assignedFlagIds={dialog?.customer.flags.map((flag) => flag.id) ?? []}
        open={dialog?.action === "add_flag"}
        onOpenChange={closeWith("add_flag")}
      />
      <AddCustomerNoteDrawer
        customerId={dialog?.customer.id ?? ""}
        customerLabel={dialog ? customerName(dialog.customer) : ""}
        open={dialog?.action === "add_note"}
        onOpenChange={closeWith("add_note")}
      />
      <AddPointsDrawer
        customer={dialog?.action === "adjust_points" ? dialog.customer : null}
        open={dialog?.action === "adjust_points"}
        onOpenChange={closeWith("adjust_points")}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Customer overview",
  icon: Users,
  nested: "/customers",
})

export const handle = {
  breadcrumb: () => "Customer overview",
}

export default CustomerOverviewPage

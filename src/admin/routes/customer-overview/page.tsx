import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useNavigate } from "react-router-dom"
import { CustomerOverviewFilters } from "../../components/customer-overview-filters"
import { CustomerOverviewTable } from "../../components/customer-overview-table"
import { ExportMenu, exportedMessage } from "../../components/export-menu"
import { LoadError } from "../../components/load-error"
import { SectionHeading } from "../../components/section-heading"
import { useCustomerOverview, useExportCustomerOverview } from "../../hooks/customer-overview"
import { useStoreCurrencies } from "../../hooks/segment-resources"
import { useCustomerOverviewParams } from "../../hooks/use-customer-overview-params"

const PAGE_SIZE = 20

/**
 * Every customer with what they spent, when they last ordered, their flags,
 * points and tier: searched, filtered, sorted and paged by the server, all
 * of it in the address; exported as CSV or Excel as shown.
 */
const CustomerOverviewPage = () => {
  const navigate = useNavigate()
  const { filters, sorting, offset, query, currentQuery, changeFilters, setSorting, setOffset, clear } =
    useCustomerOverviewParams(PAGE_SIZE)
  const { currencies } = useStoreCurrencies()
  const { customers, count, isPending, isPlaceholderData, isError, error } = useCustomerOverview(query, {
    placeholderData: keepPreviousData,
  })
  const { mutate: exportRows, isPending: isExporting } = useExportCustomerOverview()
  const { q, ...otherFilters } = filters

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
                  onError: (err) => toast.error(err.message),
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

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Sparkles } from "@medusajs/icons"
import { Button, Container, DataTablePaginationState, Heading, Text, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { AddPointsDrawer } from "../../components/add-points-drawer"
import { ExportMenu, exportedMessage } from "../../components/export-menu"
import { LoyaltyEntriesTable } from "../../components/loyalty-entries-table"
import { LoyaltyReportFilters } from "../../components/loyalty-report-filters"
import { LoyaltyReportTotals } from "../../components/loyalty-report-totals"
import { LoyaltyWeeklyChart } from "../../components/loyalty-weekly-chart"
import {
  useExportLoyaltyEntries,
  useLoyaltyEntries,
  useLoyaltyEntriesTotals,
  useLoyaltyWeekly,
} from "../../hooks/loyalty-report"
import { useCursorPages } from "../../hooks/use-cursor-pages"
import { useLoyaltyReportFilters } from "../../hooks/use-loyalty-report-filters"
import { customerName, toDateParam } from "../../lib/loyalty-format"
import { LoyaltyCustomer } from "../../lib/types"
import { toastError } from "../../lib/toast-outcome"

const PAGE_SIZE = 20
const CHART_WEEKS = 12

/** Without a date filter the chart shows the last few weeks. */
const defaultChartRange = () => {
  const from = new Date()
  from.setDate(from.getDate() - (CHART_WEEKS - 1) * 7)
  return { from: toDateParam(from), to: toDateParam(new Date()) }
}

const LoyaltyReportPage = () => {
  const { filters, currentFilters, setFilter, clear } = useLoyaltyReportFilters()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [adding, setAdding] = useState<{ customer: LoyaltyCustomer | null } | null>(null)

  const pages = useCursorPages(pagination.pageIndex, PAGE_SIZE, JSON.stringify(filters))
  const { entries, next_cursor, isPending, isPlaceholderData, isError, error } = useLoyaltyEntries(
    { ...filters, ...pages.query },
    { placeholderData: keepPreviousData }
  )
  pages.useNextCursor(next_cursor, isPlaceholderData)
  const summary = useLoyaltyEntriesTotals(filters, { placeholderData: keepPreviousData })
  // The table pages on while there is a next page, whatever the count says
  // (it stops at 10,000 for a filter on members, or is still loading).
  const seen = pagination.pageIndex * PAGE_SIZE + (entries?.length ?? 0) + (next_cursor ? 1 : 0)
  const rowCount = Math.max(summary.count ?? 0, seen)
  const filteredCustomer = filters.customer_id
    ? entries?.find((entry) => entry.customer?.id === filters.customer_id)?.customer
    : null
  const chartRange =
    filters.from || filters.to
      ? { from: filters.from, to: filters.to ?? toDateParam(new Date()) }
      : defaultChartRange()
  const { from: _from, to: _to, ...chartFilters } = filters
  const weekly = useLoyaltyWeekly(
    { ...chartFilters, ...chartRange },
    { placeholderData: keepPreviousData }
  )
  const { mutate: exportRows, isPending: isExporting } = useExportLoyaltyEntries()

  const changeFilter = (key: keyof typeof filters, value: string | null) => {
    setFilter(key, value)
    setPagination((current) => ({ ...current, pageIndex: 0 }))
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="loyalty-report-page">
      <Container className="divide-y p-0">
        <div className="flex flex-col items-start justify-between gap-3 px-6 py-4 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <Heading>Loyalty points</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Every point earned, used, adjusted and expired, across all members.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <ExportMenu
              isExporting={isExporting}
              onExport={(format) =>
                exportRows(
                  { filters: currentFilters(), format },
                  {
                    onSuccess: () => toast.success(exportedMessage(format)),
                    onError: (err) => toastError(err),
                  }
                )
              }
              testId="loyalty-report-export"
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() => setAdding({ customer: null })}
              data-testid="loyalty-report-add-points"
            >
              <Plus />
              Add points
            </Button>
          </div>
        </div>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <LoyaltyReportFilters
            filters={filters}
            onChange={changeFilter}
            customerLabel={filteredCustomer ? customerName(filteredCustomer) : null}
            onClear={() => {
              clear()
              setPagination((current) => ({ ...current, pageIndex: 0 }))
            }}
          />
          <LoyaltyReportTotals
            totals={summary.totals}
            isPending={summary.isPending}
            capped={summary.count_capped ? summary.count : null}
          />
        </div>
      </Container>

      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">Points per week</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {Object.keys(chartFilters).length ? "The filtered entries" : "All members"},{" "}
            {filters.from || filters.to
              ? "in the weeks of the chosen dates."
              : `in the last ${CHART_WEEKS} weeks; pick dates above for others.`}
          </Text>
        </div>
        <LoyaltyWeeklyChart
          weeks={weekly.weeks}
          isPending={weekly.isPending}
          error={weekly.isError ? weekly.error?.message : null}
        />
      </Container>

      <Container
        className="divide-y p-0"
        aria-busy={isPending || isPlaceholderData}
        data-testid="loyalty-report-entries"
        data-filters={new URLSearchParams(filters).toString()}
      >
        <div className="px-6 py-4">
          <Heading level="h2">Entries</Heading>
        </div>
        {isError ? (
          <div className="flex min-h-[160px] flex-col items-center justify-center gap-y-1 px-6 py-4">
            <Text size="small" weight="plus">
              The entries could not be loaded
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {error?.message}
            </Text>
          </div>
        ) : (
          <LoyaltyEntriesTable
            entries={entries ?? []}
            count={rowCount}
            isLoading={isPending}
            pagination={pagination}
            onPaginationChange={setPagination}
            onAddPoints={(customer) => setAdding({ customer })}
            filtered={Object.values(filters).some(Boolean)}
          />
        )}
      </Container>

      <AddPointsDrawer
        open={!!adding}
        onOpenChange={(open) => !open && setAdding(null)}
        customer={adding?.customer}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Loyalty points",
  icon: Sparkles,
})

export default LoyaltyReportPage

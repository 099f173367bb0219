import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Writable } from "stream"
import { pipeline } from "stream/promises"
import {
  customerOverviewCountQuery,
  customerOverviewExportQuery,
  customerOverviewPageQuery,
  CUSTOMER_OVERVIEW_CSV_HEADER,
  CUSTOMER_OVERVIEW_EXPORT_COLUMNS,
  CustomerOverviewFilters,
  CustomerOverviewOptions,
  OverviewOrder,
  pageCarriesCount,
  parseOverviewOrder,
} from "../../../customer-overview"
import { loyaltyService } from "../../../workflows/loyalty/steps/resolve-service"
import { UTF8_BOM } from "../../../lib/csv"
import { exportBody, ExportFormat, ExportLayout } from "../../utils/export/export-format"
import type { AdminCustomerOverviewRow, Served } from "../../../types/http"
import type { AdminExportCustomerOverviewParamsType } from "./validators"

/** The store's default currency (the first store's), or null when it has none. */
async function defaultCurrency(scope: MedusaContainer): Promise<string | null> {
  const [store] = await scope
    .resolve(Modules.STORE)
    .listStores({}, { relations: ["supported_currencies"], take: 1 })
  const currencies = store?.supported_currencies ?? []
  return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? null
}

export type OverviewRequest = {
  filters: CustomerOverviewFilters
  order: OverviewOrder
  options: CustomerOverviewOptions
}

/** The validated query as the SQL builders take it. */
export async function overviewRequest(
  scope: MedusaContainer,
  params: Omit<AdminExportCustomerOverviewParamsType, "format">
): Promise<OverviewRequest> {
  return {
    filters: {
      q: params.q,
      flag_ids: params.flag_id,
      segment_id: params.segment_id,
      tier_id: params.tier_id,
      has_account: params.has_account,
      sales_min: params.sales_min,
      sales_max: params.sales_max,
      currency_code: params.currency_code ?? (await defaultCurrency(scope)),
    },
    order: parseOverviewOrder(params.order)!,
    options: {
      now: new Date(),
      marketing_consent_key: loyaltyService(scope).getSegmentSettings().marketing_consent_key,
    },
  }
}

type OverviewRow = {
  id: string
  // Medusa's customer routes require an email; the column allows none.
  email: string
  first_name: string | null
  last_name: string | null
  company: string | null
  currency_code: string | null
  sales_total: string
  order_count: number
  last_order_at: Date | null
  points_available: number | null
  tier_id: string | null
  tier_name: string | null
  has_account: boolean
  marketing_consent: boolean
  created_at: Date
}

/** A row of the page statement: the customer, their flags (built as JSON) and the count over the filter. */
type PageRow = OverviewRow & { flags: AdminCustomerOverviewRow["flags"]; total_count?: string }

const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value))

function formatRow(
  row: OverviewRow & { flags: AdminCustomerOverviewRow["flags"] }
): Served<AdminCustomerOverviewRow> {
  return {
    id: row.id,
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    company: row.company,
    currency_code: row.currency_code,
    sales_total: Number(row.sales_total),
    order_count: Number(row.order_count),
    last_order_at: row.last_order_at,
    flags: row.flags,
    // Null: the customer is not a loyalty member.
    points_available: toNumber(row.points_available),
    tier: row.tier_id ? { id: row.tier_id, name: row.tier_name } : null,
    has_account: row.has_account,
    marketing_consent: row.marketing_consent,
    created_at: row.created_at,
  }
}

/**
 * A page of the overview and the count over the whole filter: one
 * statement when the page carries the count, else two side by side on two
 * connections (and a count apart when the page is past the end).
 */
export async function listCustomerOverview(
  scope: MedusaContainer,
  { filters, order, options }: OverviewRequest,
  page: { limit: number; offset: number }
): Promise<{ customers: Served<AdminCustomerOverviewRow>[]; count: number }> {
  const loyalty = loyaltyService(scope)
  const run = (statement: { text: string; params: readonly unknown[] }) =>
    loyalty.runQuery<PageRow>(statement)
  const countAll = async () =>
    Number(
      (await loyalty.runQuery<{ count: string }>(customerOverviewCountQuery(filters, options)))[0]
        .count
    )

  const rowsQuery = customerOverviewPageQuery(filters, order, page, options)
  let rows: PageRow[]
  let count: number
  if (pageCarriesCount(filters, order)) {
    rows = await run(rowsQuery)
    count = rows.length ? Number(rows[0].total_count) : page.offset > 0 ? await countAll() : 0
  } else {
    ;[rows, count] = await Promise.all([run(rowsQuery), countAll()])
  }
  return { customers: rows.map(formatRow), count }
}

const overviewLayout: ExportLayout = {
  csvHead: UTF8_BOM + CUSTOMER_OVERVIEW_CSV_HEADER + "\r\n",
  sheetName: "Customers",
  columns: CUSTOMER_OVERVIEW_EXPORT_COLUMNS,
}

/**
 * Writes every customer the filters select, in the order, as CSV or Excel
 * while PostgreSQL reads them (one COPY, run by the loyalty module's
 * `streamCopy`).
 */
export async function streamCustomerOverviewExport(
  scope: MedusaContainer,
  { filters, order, options }: OverviewRequest,
  format: ExportFormat,
  res: Writable
) {
  await loyaltyService(scope).streamCopy(
    {
      label: "customer_overview_export",
      ...customerOverviewExportQuery(filters, order, options, format),
      // Sort every customer's row in memory (100,000 customers' lines take
      // ~20 MB), and skip JIT compilation, which the statement's estimated
      // cost would trigger and which took longer (4 s) than running it.
      settings: ["SET LOCAL work_mem = '64MB'", "SET LOCAL jit = off"],
    },
    (data) => pipeline(data, exportBody(format, overviewLayout), res)
  )
}

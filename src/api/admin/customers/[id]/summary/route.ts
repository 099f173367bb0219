import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customerSummaryQuery } from "../../../../../customer-overview"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../../modules/customer-loyalty/service"
import type {
  AdminCustomerSales,
  AdminCustomerSummary,
  AdminCustomerSummaryResponse,
} from "../../../../../types/http"

/** The statement's one row (customerSummaryQuery); the parts built as JSON have their dates as text. */
type SummaryRow = Pick<AdminCustomerSummary, "order_count" | "flags" | "loyalty" | "segments"> & {
  found: boolean
  sales: (Omit<AdminCustomerSales, "first_order_at" | "last_order_at"> & {
    first_order_at: string
    last_order_at: string
  })[]
  first_order_at: Date | null
  last_order_at: Date | null
}

/** Dates inside JSON come as PostgreSQL writes them; answer ISO 8601. */
function iso(value: string | Date): string
function iso(value: string | Date | null): string | null
function iso(value: string | Date | null) {
  return value === null ? null : new Date(value).toISOString()
}

/**
 * A customer at a glance: sales per currency live from the orders, order
 * count, first and last order, active flags, loyalty membership and
 * current segments — one statement.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCustomerSummaryResponse>
) => {
  const customerId = req.params.id
  const [row] = await req.scope
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .runQuery<SummaryRow>(customerSummaryQuery(customerId, new Date()))
  if (!row.found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
  res.json({
    summary: {
      sales: row.sales.map((sales) => ({
        ...sales,
        first_order_at: iso(sales.first_order_at),
        last_order_at: iso(sales.last_order_at),
      })),
      order_count: row.order_count,
      first_order_at: iso(row.first_order_at),
      last_order_at: iso(row.last_order_at),
      flags: row.flags,
      loyalty: row.loyalty,
      segments: row.segments.map((segment) => ({
        ...segment,
        entered_at: iso(segment.entered_at),
      })),
    },
  })
}

import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customerSummaryQuery } from "../../../../../customer-overview"
import { CUSTOMER_LOYALTY_MODULE } from "../../../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../../../modules/customer-loyalty/service"

type SummaryRow = {
  found: boolean
  sales: {
    currency_code: string
    total: number
    order_count: number
    average_order_value: number
    first_order_at: string
    last_order_at: string
  }[]
  order_count: number
  first_order_at: Date | null
  last_order_at: Date | null
  flags: unknown[]
  loyalty: Record<string, unknown> | null
  segments: { id: string; name: string; entered_at: string }[]
}

/** Dates inside JSON come as PostgreSQL writes them; answer ISO 8601. */
const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString())

/**
 * A customer at a glance: sales per currency live from the orders, order
 * count, first and last order, active flags, loyalty membership and
 * current segments — one statement.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
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
      segments: row.segments.map((segment) => ({ ...segment, entered_at: iso(segment.entered_at) })),
    },
  })
}

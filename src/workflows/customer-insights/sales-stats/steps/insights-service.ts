import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_INSIGHTS_MODULE } from "../../../../modules/customer-insights"
import type CustomerInsightsModuleService from "../../../../modules/customer-insights/service"
import type { SalesStatsQuery } from "../../../../modules/customer-insights/service"

export const insightsService = (container: MedusaContainer) =>
  container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)

/**
 * Two refreshes of the same customer at once (one order event after
 * another, on several workers) can both delete the old rows and then both
 * insert: the second insert then breaks the unique (customer, currency)
 * index, or the two deadlock. Running again after the other has committed
 * sees its rows and succeeds.
 */
const isConcurrentWriteConflict = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return (
    code === "23505" ||
    code === "40P01" ||
    /duplicate key|deadlock detected/i.test(message ?? "")
  )
}

/** `replaceSalesStats`, run again (up to 3 times) when a concurrent refresh collided with it. */
export async function replaceSalesStatsRetrying(
  container: MedusaContainer,
  input: { customer_ids: string[] | null; query: SalesStatsQuery }
): Promise<{ rows: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insightsService(container).replaceSalesStats(input)
    } catch (error) {
      if (attempt >= 3 || !isConcurrentWriteConflict(error)) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

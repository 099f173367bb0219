import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_INSIGHTS_MODULE } from "../../../../modules/customer-insights"
import type CustomerInsightsModuleService from "../../../../modules/customer-insights/service"
import type { SalesStatsQuery } from "../../../../modules/customer-insights/service"

export const insightsService = (container: MedusaContainer) =>
  container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)

/**
 * Two refreshes of the same customer at once (one order event after
 * another, on several workers) can both delete the old rows and then both
 * insert: the second insert then breaks the unique (customer, currency)
 * index — Medusa reports it as a duplicate — or the two deadlock. Running
 * again after the other has committed sees its rows and succeeds.
 */
const isConcurrentWriteConflict = (error: unknown) => {
  const { code, type, message } = (error ?? {}) as {
    code?: string
    type?: string
    message?: string
  }
  return (
    code === "23505" ||
    code === "40P01" ||
    type === MedusaError.Types.DUPLICATE_ERROR ||
    /duplicate key|already exists|deadlock detected/i.test(message ?? "")
  )
}

const ATTEMPTS = 5

/** `replaceSalesStats`, run again (up to 5 times in all) when a concurrent refresh collided with it. */
export async function replaceSalesStatsRetrying(
  container: MedusaContainer,
  input: { customer_ids: string[] | null; query: SalesStatsQuery }
): Promise<{ rows: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insightsService(container).replaceSalesStats(input)
    } catch (error) {
      if (attempt >= ATTEMPTS || !isConcurrentWriteConflict(error)) {
        throw error
      }
      // A random wait, so the colliding refreshes do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * attempt))
    }
  }
}

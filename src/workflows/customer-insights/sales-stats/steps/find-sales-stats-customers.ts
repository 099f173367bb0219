import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderCustomersQuery } from "../../../../customer-overview"

export type SalesStatsTargets = {
  /** Customers whose figures to recompute. */
  customer_ids?: string[]
  /** Orders whose customers' figures to recompute (what order events name). */
  order_ids?: string[]
}

export const findSalesStatsCustomersStepId = "find-sales-stats-customers"

/** The customers to recompute: those given and those of the orders given, once each. */
export const findSalesStatsCustomersStep = createStep(
  findSalesStatsCustomersStepId,
  async (input: SalesStatsTargets, { container }) => {
    const ids = new Set(input.customer_ids ?? [])
    if (input.order_ids?.length) {
      const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const query = orderCustomersQuery(input.order_ids)
      const { rows } = await knex.raw(query.text, query.params as any[])
      for (const row of rows as { customer_id: string }[]) {
        ids.add(row.customer_id)
      }
    }
    return new StepResponse([...ids].sort())
  }
)

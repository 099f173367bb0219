import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_INSIGHTS_MODULE } from "../../../../modules/customer-insights"
import type CustomerInsightsModuleService from "../../../../modules/customer-insights/service"

export const insightsService = (container: MedusaContainer) =>
  container.resolve<CustomerInsightsModuleService>(CUSTOMER_INSIGHTS_MODULE)

/** One record as a generated `create…` method of the service takes it (also what `update…` takes). */
export type InsightsServiceInput<
  M extends `create${string}` & keyof CustomerInsightsModuleService,
> = CustomerInsightsModuleService[M] extends (data: (infer T)[], ...rest: never[]) => unknown
  ? T
  : never

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../modules/customer-loyalty/service"
import { refreshSegmentWorkflow } from "../workflows/segments"

/**
 * Every minute, refreshes the segments whose interval
 * (`segments.refresh_interval_minutes`, default 60) has passed. The schedule
 * is fixed at load time, so the interval is applied here instead.
 */
export default async function refreshSegmentsJob(container: MedusaContainer) {
  await refreshDueSegments(container)
}

/**
 * Runs `refreshSegmentWorkflow` for every segment not refreshed within the
 * configured interval, one at a time (each is one heavy statement; running
 * them together would only make them compete for the same disks and cores).
 * Each refresh is its own workflow, with its own lock and compensation: a
 * failing segment is logged and does not stop the others, nor undo them.
 */
export async function refreshDueSegments(container: MedusaContainer, now = new Date()) {
  const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = await service.listSegmentsDueForRefresh(now)
  const refreshed: { segment_id: string; entered: number; left: number }[] = []
  for (const { id } of due) {
    try {
      const { result } = await refreshSegmentWorkflow(container).run({
        input: { segment_id: id },
      })
      refreshed.push(result)
    } catch (error) {
      logger.error(`Refreshing segment ${id} failed: ${(error as Error).message}`)
    }
  }
  return refreshed
}

export const config = {
  name: "customer-loyalty-refresh-segments",
  schedule: "* * * * *",
}

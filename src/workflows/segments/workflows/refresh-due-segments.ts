import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { refreshSegmentWorkflow } from "./refresh-segment"

/**
 * Refreshes every segment not refreshed within the configured interval, one
 * at a time (each is one heavy statement; running them together would only
 * make them compete for the same disks and cores). A failing segment is
 * logged and does not stop the others.
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

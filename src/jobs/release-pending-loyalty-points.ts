import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releasePendingPointsWorkflow } from "../workflows/loyalty"

/**
 * Makes due pending points available. Logs one line per run with the tick
 * it ran for, so a set-up with several instances can see that each tick ran
 * once (only the worker runs jobs; the Redis workflow engine hands each tick
 * to one worker).
 */
export default async function releasePendingLoyaltyPointsJob(
  container: MedusaContainer,
  context?: { scheduledFor?: Date }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await releasePendingPointsWorkflow(container).run({ input: {} })
  const tick = (context?.scheduledFor ?? new Date()).toISOString()
  logger.info(
    `customer-loyalty: released ${result.length} pending point lot(s) (run scheduled for ${tick})`
  )
}

/**
 * Every 15 minutes; `LOYALTY_RELEASE_PENDING_POINTS_SCHEDULE` (a cron
 * pattern, read at start) changes it.
 */
export const config = {
  name: "customer-loyalty-release-pending-points",
  schedule: process.env.LOYALTY_RELEASE_PENDING_POINTS_SCHEDULE || "*/15 * * * *",
}

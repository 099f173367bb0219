import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildLoyaltyEntrySummaryWorkflow } from "../workflows/loyalty"

/**
 * Builds the points report's per-day summary again from the ledger, e.g.
 * after entries were loaded with the triggers disabled:
 * `npx medusa exec ./node_modules/medusa-plugin-customer-loyalty/.medusa/server/src/scripts/rebuild-loyalty-entry-summary.js`.
 * Ledger writes wait while it runs (about 10 s per 10 million entries).
 */
export default async function rebuildLoyaltyEntrySummary({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await rebuildLoyaltyEntrySummaryWorkflow(container).run()
  logger.info(`customer-loyalty: rebuilt the points summary (${result} day rows)`)
}
